import { describe, expect, test } from "vitest";
import { cookieValues } from "@/lib/http/cookies";

describe("cookieValues", () => {
  test.each([
    { label: "no header", header: null, values: [] },
    { label: "an empty header", header: "", values: [] },
    { label: "one value among others", header: "theme=dark; sid=abc.def; lang=en", values: ["abc.def"] },
    { label: "a repeated name: every value, in order", header: "sid=first; other=x; sid=second", values: ["first", "second"] },
    { label: "spaces around name and value", header: "  sid =  abc  ;x=1", values: ["abc"] },
    { label: "a quoted value loses its quotes", header: 'sid="abc.def"', values: ["abc.def"] },
    { label: "a lone quote stays", header: 'sid="abc', values: ['"abc'] },
    { label: "percent-encoding is decoded", header: "sid=a%2Bb%3D", values: ["a+b="] },
    { label: "bad percent-encoding is kept as sent", header: "sid=100%; sid=%E0%A4%A", values: ["100%", "%E0%A4%A"] },
    { label: "an '=' inside the value belongs to it", header: "sid=a=b==", values: ["a=b=="] },
    { label: "an empty value", header: "sid=; x=1", values: [""] },
    { label: "a part without '=' is no cookie", header: "sid; x=1", values: [] },
    { label: "a name that only starts or ends like it", header: "sidx=1; xsid=2; __Secure-sid=3", values: [] },
  ])("$label", ({ header, values }) => {
    expect(cookieValues(header, "sid")).toEqual(values);
  });
});
