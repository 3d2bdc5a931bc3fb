import { describe, expect, it } from "vitest";
import { classifyAddress, isAllowedDestination, type AddressKind } from "./ip-ranges";

const cases: Array<[address: string, kind: AddressKind]> = [
  // IPv4 private and special
  ["10.0.0.1", "private"],
  ["10.255.255.255", "private"],
  ["172.16.0.1", "private"],
  ["172.31.255.254", "private"],
  ["172.15.255.255", "public"],
  ["172.32.0.1", "public"],
  ["192.168.1.10", "private"],
  ["127.0.0.1", "loopback"],
  ["127.255.255.254", "loopback"],
  ["169.254.169.254", "link-local"],
  ["100.64.0.1", "cgnat"],
  ["100.127.255.255", "cgnat"],
  ["100.63.255.255", "public"],
  ["100.128.0.0", "public"],
  ["0.0.0.0", "unspecified"],
  ["0.1.2.3", "unspecified"],
  ["224.0.0.251", "multicast"],
  ["239.255.255.250", "multicast"],
  ["255.255.255.255", "broadcast"],
  ["240.0.0.1", "reserved"],
  ["198.18.0.1", "reserved"],
  ["192.0.0.8", "reserved"],
  ["192.0.2.1", "documentation"],
  ["203.0.113.9", "documentation"],
  // IPv4 public
  ["8.8.8.8", "public"],
  ["1.1.1.1", "public"],
  ["93.184.215.14", "public"],
  // IPv6
  ["::", "unspecified"],
  ["::1", "loopback"],
  ["[::1]", "loopback"],
  ["0:0:0:0:0:0:0:1", "loopback"],
  ["fc00::1", "unique-local"],
  ["fd12:3456:789a::1", "unique-local"],
  ["fe80::1", "link-local"],
  ["fe80::1%eth0", "link-local"],
  ["febf:ffff::1", "link-local"],
  ["fec0::1", "private"],
  ["ff02::1", "multicast"],
  ["2001:db8::1", "documentation"],
  ["2001::1", "reserved"],
  ["100::1", "reserved"],
  ["::2", "unspecified"], // IPv4-compatible form of 0.0.0.2
  ["4000::1", "reserved"],
  // IPv4 hidden in IPv6
  ["::ffff:127.0.0.1", "loopback"],
  ["::ffff:7f00:1", "loopback"],
  ["[::ffff:7f00:1]", "loopback"],
  ["::ffff:10.0.0.1", "private"],
  ["::ffff:169.254.169.254", "link-local"],
  ["::ffff:0.0.0.0", "unspecified"],
  ["::ffff:8.8.8.8", "public"],
  ["::127.0.0.1", "loopback"],
  ["64:ff9b::a9fe:a9fe", "link-local"],
  ["64:ff9b::808:808", "public"],
  ["2002:7f00:1::1", "loopback"],
  ["2002:0808:0808::1", "public"],
  // IPv6 public
  ["2606:4700:4700::1111", "public"],
  ["2a00:1450:4001:81c::200e", "public"],
  // Not addresses
  ["localhost", "invalid"],
  ["", "invalid"],
  ["127.1", "invalid"],
  ["0x7f.0.0.1", "invalid"],
  ["256.1.1.1", "invalid"],
  ["1::2::3", "invalid"],
];

describe("classifyAddress", () => {
  it.each(cases)("%s is %s", (address, kind) => {
    expect(classifyAddress(address)).toBe(kind);
  });
});

describe("isAllowedDestination", () => {
  const table: Array<[address: string, strict: boolean, allowPrivate: boolean]> = [
    ["8.8.8.8", true, true],
    ["2606:4700:4700::1111", true, true],
    ["10.0.0.1", false, true],
    ["192.168.0.5", false, true],
    ["127.0.0.1", false, true],
    ["::1", false, true],
    ["::ffff:127.0.0.1", false, true],
    ["fd00::1", false, true],
    ["100.100.100.100", false, true],
    // Never, whatever the setting: cloud metadata, "this host", multicast, junk.
    ["169.254.169.254", false, false],
    ["fe80::1", false, false],
    ["0.0.0.0", false, false],
    ["::", false, false],
    ["224.0.0.1", false, false],
    ["255.255.255.255", false, false],
    ["localhost", false, false],
  ];

  it.each(table)("%s: allowed=%s, with allowPrivate=%s", (address, strict, allowPrivate) => {
    expect(isAllowedDestination(address, { allowPrivate: false })).toBe(strict);
    expect(isAllowedDestination(address, { allowPrivate: true })).toBe(allowPrivate);
  });
});
