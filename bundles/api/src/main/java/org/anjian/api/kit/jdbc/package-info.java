/**
 * The plug-in kit's JDBC helper: parameters bound by type (never concatenated), one mapper per row, the
 * nullable column getters and the SQLState checks every module's repositories need.
 */
@Version("1.0.0")
@Export
package org.anjian.api.kit.jdbc;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
