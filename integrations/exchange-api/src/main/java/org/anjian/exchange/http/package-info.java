/**
 * Support for peers that speak HTTP/JSON: requests signed with HMAC-SHA256 over the method, the path, the sorted
 * query, a hash of the body, a timestamp and a nonce ({@link HmacSigner}); the same check on requests a peer sends
 * us, on the raw bytes before anything is parsed, with a five-minute window and nonce replay refused
 * ({@link HmacVerifier}); and a client with timeouts whose answers are classified as the exchange needs them
 * (2xx done, 408/429/5xx and transport errors retried after {@code Retry-After}, other 4xx refused)
 * ({@link JsonHttpClient}).
 */
@Version("1.0.0")
@Export
package org.anjian.exchange.http;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
