export * from "./accounts";
export * from "./client-attributes";
export * from "./establishment";
export * from "./extension-endpoints";
export * from "./password-policy";
export * from "./stack-description";
export * from "./account-activity";
export * from "./payloads";
