/**
 * The plug-in kit's reader for the small rule and demo tables a bundle ships: CSV (RFC 4180) or TSV, strict
 * UTF-8, a fixed or a named header, errors that name the table and the line.
 */
@Version("1.0.0")
@Export
package org.anjian.api.kit.table;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
