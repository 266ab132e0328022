import { describe, expect, it } from "vitest";
import { accountColumns } from "@/lib/auth/adapter";
import { oauthButtons, oauthProviders } from "@/lib/auth/oauth-providers";

describe("OAuth providers", () => {
  it("offers none without configuration", () => {
    expect(oauthProviders({})).toEqual([]);
    expect(oauthButtons({ GITHUB_ID: "id", GITHUB_SECRET: " " })).toEqual([]);
  });

  it("switches GitHub on when both of its variables are set", () => {
    expect(oauthButtons({ GITHUB_ID: "id", GITHUB_SECRET: "secret" })).toEqual([{ id: "github", name: "GitHub" }]);
  });

  it("switches generic OIDC on with issuer, client id and secret", () => {
    const env = { OIDC_ISSUER: "https://id.example.org/realms/x/", OIDC_CLIENT_ID: "palimpsest", OIDC_CLIENT_SECRET: "s" };
    expect(oauthButtons({ ...env, OIDC_CLIENT_SECRET: undefined })).toEqual([]);
    const [oidc] = oauthProviders({ ...env, OIDC_NAME: "University login" });
    expect(oidc).toMatchObject({
      id: "oidc",
      name: "University login",
      type: "oauth",
      wellKnown: "https://id.example.org/realms/x/.well-known/openid-configuration",
      idToken: true,
    });
  });
});

describe("accountColumns", () => {
  it("keeps only our Account columns and leaves out absent ones", () => {
    const columns = accountColumns({
      userId: "u1",
      type: "oauth",
      provider: "github",
      providerAccountId: "42",
      access_token: "gho_x",
      token_type: "bearer",
      scope: "read:user",
      expires_at: 123,
      refresh_token_expires_in: 15897600,
    });
    expect(columns).toEqual({
      userId: "u1",
      type: "oauth",
      provider: "github",
      providerAccountId: "42",
      access_token: "gho_x",
      token_type: "bearer",
      scope: "read:user",
      expires_at: 123,
    });
  });
});
