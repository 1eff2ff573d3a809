import { describe, expect, it } from "vitest";
import { getClientIp } from "./client-ip";

const h = (xff?: string) => new Headers(xff ? { "x-forwarded-for": xff } : {});

describe("getClientIp (AC-IP-1)", () => {
  it("takes the address our one proxy appended, ignoring what the client wrote before it", () => {
    expect(getClientIp(h("203.0.113.9"), 1)).toBe("203.0.113.9");
    expect(getClientIp(h("1.2.3.4, 203.0.113.9"), 1)).toBe("203.0.113.9");
    expect(getClientIp(h("6.6.6.6, 1.2.3.4, 203.0.113.9"), 1)).toBe("203.0.113.9");
  });

  it("counts several trusted hops from the right", () => {
    expect(getClientIp(h("1.2.3.4, 198.51.100.7, 10.0.0.2"), 2)).toBe("198.51.100.7");
  });

  it("normalizes IPv4-mapped IPv6 and brackets", () => {
    expect(getClientIp(h("::ffff:198.51.100.7"), 1)).toBe("198.51.100.7");
    expect(getClientIp(h("[2001:db8::1]"), 1)).toBe("2001:db8::1");
  });

  it("never returns a client-chosen string that is not an address", () => {
    expect(getClientIp(h("not-an-ip"), 1)).toBe("unknown");
    expect(getClientIp(h(), 1)).toBe("unknown");
  });
});
