import { describe, expect, it } from "vitest";
import { LINK_KINDS } from "@/lib/annotations/dto";
import { CITO_PROPERTY, citoCurie, citoIri } from "@/lib/claims/cito";

describe("CiTO mapping", () => {
  it("maps the kinds the issue names to their CiTO relations", () => {
    expect(citoIri("refutes")).toBe("http://purl.org/spar/cito/refutes");
    expect(citoCurie("rebuts")).toBe("cito:disputes");
    expect(citoCurie("confirms")).toBe("cito:confirms");
    expect(citoCurie("supports")).toBe("cito:supports");
    expect(citoCurie("cites")).toBe("cito:cites");
    expect(citoCurie("quotes")).toBe("cito:includesQuotationFrom");
    expect(citoCurie("contextualizes")).toBe("cito:givesBackgroundTo");
  });

  it("has a relation for every link kind, and no two kinds share one", () => {
    for (const kind of LINK_KINDS) expect(CITO_PROPERTY[kind]).toMatch(/^[a-z][A-Za-z]+$/);
    const values = Object.values(CITO_PROPERTY);
    expect(new Set(values).size).toBe(values.length);
  });
});
