/** The throughput forecast and its calibration backtest, as the package exports them. */
export * from "./backtest.js";
export * from "./throughput.js";
