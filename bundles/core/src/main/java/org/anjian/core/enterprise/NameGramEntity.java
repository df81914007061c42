package org.anjian.core.enterprise;

import java.io.Serializable;
import java.util.Objects;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/**
 * The name search's index read on its own (the enterprise keeps it as {@code EnterpriseEntity.nameGrams}): the
 * search's subquery selects the credit codes of one bigram from the index alone, with no join back to the
 * enterprise table (a join that made PostgreSQL scan every enterprise for each count). Read only: nothing persists it.
 */
@Entity
@Table(name = "enterprise_name_gram")
@IdClass(NameGramEntity.Key.class)
public class NameGramEntity {
    @Id
    @Column(name = "gram", length = 4)
    private String gram;
    @Id
    @Column(name = "credit_code", length = 18)
    private String creditCode;

    protected NameGramEntity() {
    }

    /** The composite key: (gram, credit code), the table's primary key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String gram;
        private String creditCode;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(gram, k.gram) && Objects.equals(creditCode, k.creditCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(gram, creditCode);
        }
    }
}
