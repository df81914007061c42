package org.anjian.api.spi;

import org.osgi.annotation.versioning.ConsumerType;

import java.util.List;

/** The identity of an installed industry domain (one per domain bundle). */
@ConsumerType
public interface IndustryModule {

    /** Stable id, used in URLs ({@code /api/v1/domains/{id}}) and data: lower case, digits and dashes. */
    String id();

    String nameZh();

    String nameEn();

    /** The domain's own version (its bundle's). */
    String version();

    /** The supervising sub-committee office (专委办). */
    String subcommittee();

    /** GB/T 4754 industry codes (or prefixes) of the enterprises this domain covers. */
    List<String> industryCodes();
}
