package org.anjian.core.enterprise;

import javax.persistence.Column;
import javax.persistence.Embeddable;
import org.anjian.api.enterprise.Guarantor;

@Embeddable
public class GuarantorEmbeddable {
    @Column(name = "name", nullable = false)
    private String name;
    @Column(name = "title")
    private String title;
    @Column(name = "phone")
    private String phone;

    protected GuarantorEmbeddable() {
    }

    public GuarantorEmbeddable(Guarantor g) {
        this.name = g.name();
        this.title = g.position();
        this.phone = g.phone();
    }

    public Guarantor toRecord() {
        return new Guarantor(name, title, phone);
    }
}
