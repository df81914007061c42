package org.anjian.domain.gas.service;

import java.time.Instant;

/**
 * A gas user: a household (居民) or a catering business (餐饮). A catering user is an enterprise of its own; a household
 * is supervised through its supplier, so {@code enterpriseCreditCode} is the restaurant or the supplier.
 * {@code devicesCompliant}: a catering user keeps both its leak alarm and its automatic shut-off working.
 */
public record GasUser(String id, String kind, String name, String address, String regionCode,
                      String enterpriseCreditCode, String supplierCreditCode, String leakAlarm, String shutOffDevice,
                      boolean devicesCompliant, long version, Instant createdAt, Instant updatedAt) {
}
