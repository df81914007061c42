package org.anjian.api.spi;

import java.time.Clock;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Demo data a module contributes for the demo county (whiteboard). When the platform's demo (feature
 * {@code anjian-demo}) has loaded the county, it loads every registered dataset that the data-load ledger does not
 * list yet, and records it there: once per database, also for a module installed later. Nothing polls; a dataset
 * whose load fails is tried again when the platform or the module restarts, so a load must be safe to repeat.
 */
@ConsumerType
public interface DemoDataset {
    /** The dataset's ledger name, with its version, e.g. {@code demo-chemical-2026.1}. */
    String id();

    /** Loads the dataset through the module's services; returns a summary for the ledger (e.g. "80 items"). */
    String load(Clock clock) throws Exception;
}
