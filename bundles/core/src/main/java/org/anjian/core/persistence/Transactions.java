package org.anjian.core.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.EntityTransaction;
import javax.persistence.PersistenceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Resource-local transactions over the platform's EntityManagerFactory. A unit of work either commits
 * as a whole or leaves nothing behind; actions registered with {@link Work#afterCommit} run only after
 * a successful commit (event publication).
 */
public final class Transactions {
    private static final Logger LOG = LoggerFactory.getLogger(Transactions.class);

    private final EntityManagerFactory emf;

    public Transactions(EntityManagerFactory emf) {
        this.emf = emf;
    }

    /** The context a unit of work runs in. */
    public static final class Work {
        private final EntityManager em;
        private final List<Runnable> afterCommit = new ArrayList<>();

        Work(EntityManager em) {
            this.em = em;
        }

        public EntityManager em() {
            return em;
        }

        public void afterCommit(Runnable action) {
            afterCommit.add(action);
        }
    }

    public <T> T write(Function<Work, T> unit) {
        EntityManager em = emf.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        Work work = new Work(em);
        T result;
        try {
            tx.begin();
            result = unit.apply(work);
            em.flush();
            tx.commit();
        } catch (RuntimeException | Error e) {
            rollbackQuietly(tx, e);
            throw e;
        } finally {
            em.close();
        }
        for (Runnable action : work.afterCommit) {
            try {
                action.run();
            } catch (RuntimeException e) {
                LOG.warn("After-commit action failed: {}", e.toString());
            }
        }
        return result;
    }

    /**
     * A read-only unit of work. It runs inside a transaction that is always rolled back, so that lazy
     * loads while results are streamed share one connection and nothing can be written by accident.
     */
    public <T> T read(Function<EntityManager, T> unit) {
        EntityManager em = emf.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            return unit.apply(em);
        } finally {
            try {
                if (tx.isActive()) {
                    tx.rollback();
                }
            } finally {
                em.close();
            }
        }
    }

    private static void rollbackQuietly(EntityTransaction tx, Throwable cause) {
        try {
            if (tx.isActive()) {
                tx.rollback();
            }
        } catch (PersistenceException e) {
            cause.addSuppressed(e);
        }
    }
}
