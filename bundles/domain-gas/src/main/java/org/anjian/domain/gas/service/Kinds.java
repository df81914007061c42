package org.anjian.domain.gas.service;

/** The value sets of the gas domain (the contract's enums). */
public final class Kinds {
    private Kinds() {
    }

    /** What a licence allows: 管道燃气, 瓶装液化石油气, 汽车加气. */
    public enum OperatorScope { PIPELINE, BOTTLED_LPG, VEHICLE_GAS }

    /** 充装站, 供应站(点), 门站, 储配站. */
    public enum StationKind { FILLING_STATION, SUPPLY_POINT, GATE_STATION, STORAGE_STATION }

    /** 居民用户, 餐饮用户. */
    public enum UserKind { RESIDENTIAL, CATERING }

    /** The state of a user's leak alarm or automatic shut-off device. */
    public enum Device { NONE, WORKING, FAULTY }

    /** What happens to a cylinder: 充装, 配送, 回收, 定期检验, 报废. */
    public enum EventType { FILL, DELIVER, RETURN, INSPECT, SCRAP }

    /** The outcome of a periodic inspection (a failed cylinder is scrapped). */
    public enum InspectionResult { PASS, FAIL }

    /** A device alarm: 燃气泄漏, 装置故障. */
    public enum AlarmKind { LEAK, DEVICE_FAULT }

    /** Where a licence stands today. */
    public enum LicenceStatus { VALID, EXPIRING, EXPIRED }
}
