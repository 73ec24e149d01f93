import { describe, expect, it } from "vitest";
import { diffFields, sameValue } from "../../../admin-scripts/src/resource-kit/diff";

describe("diffFields", () => {
  it("compares only the fields the desired state names", () => {
    expect(diffFields({ displayName: "SIEC" }, { displayName: "SIEC", other: 1 })).toEqual([]);
  });

  it("lists each differing leaf with its path, before and after", () => {
    expect(diffFields({ a: 1, nested: { b: "x", c: true } }, { a: 2, nested: { b: "x", c: false } })).toEqual([
      { path: "a", before: 2, after: 1 },
      { path: "nested.c", before: false, after: true },
    ]);
  });

  it("treats arrays of plain values as sets, since Keycloak does not keep their order", () => {
    expect(diffFields({ redirectUris: ["b", "a"] }, { redirectUris: ["a", "b"] })).toEqual([]);
    expect(diffFields({ redirectUris: ["a"] }, { redirectUris: ["a", "b"] })).toEqual([
      { path: "redirectUris", before: ["a", "b"], after: ["a"] },
    ]);
  });

  it("reports everything as new when nothing exists yet", () => {
    expect(diffFields({ a: 1, b: { c: 2 } }, undefined)).toEqual([
      { path: "a", before: undefined, after: 1 },
      { path: "b.c", before: undefined, after: 2 },
    ]);
  });

  it("marks secret paths", () => {
    expect(diffFields({ password: "x" }, {}, { secretPaths: ["password"] })).toEqual([
      { path: "password", before: undefined, after: "x", secret: true },
    ]);
  });
});

describe("sameValue", () => {
  it("compares arrays of objects in order", () => {
    expect(sameValue([{ a: 1 }, { a: 2 }], [{ a: 1 }, { a: 2 }])).toBe(true);
    expect(sameValue([{ a: 1 }, { a: 2 }], [{ a: 2 }, { a: 1 }])).toBe(false);
  });
});
