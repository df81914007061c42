package org.anjian.domain.construction.service;

/**
 * A person's role on a site and the certificate it takes: 企业主要负责人 (A), 项目负责人 (B), 专职安全生产管理人员 (C)
 * (住建部令第17号, 三类人员), and 建筑施工特种作业人员 (建质〔2008〕75号).
 */
public enum Role {
    PRINCIPAL(CertificateType.A, "企业主要负责人"),
    PROJECT_MANAGER(CertificateType.B, "项目负责人"),
    SAFETY_OFFICER(CertificateType.C, "专职安全生产管理人员"),
    SPECIAL_OPERATOR(CertificateType.SPECIAL_OPERATION, "特种作业人员");

    /** The certificates of people on a site. */
    public enum CertificateType { A, B, C, SPECIAL_OPERATION }

    private final CertificateType certificate;
    private final String nameZh;

    Role(CertificateType certificate, String nameZh) {
        this.certificate = certificate;
        this.nameZh = nameZh;
    }

    public CertificateType certificate() {
        return certificate;
    }

    public String nameZh() {
        return nameZh;
    }
}
