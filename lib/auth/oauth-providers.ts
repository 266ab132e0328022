import type { Provider } from "next-auth/providers/index";
import GitHubProvider from "next-auth/providers/github";
import type { OAuthConfig } from "next-auth/providers/oauth";

type Env = Record<string, string | undefined>;

export interface ProviderButton {
  id: string;
  name: string;
}

const present = (value: string | undefined): value is string => value !== undefined && value.trim() !== "";

interface OidcProfile extends Record<string, unknown> {
  sub: string;
  name?: string;
  preferred_username?: string;
  email?: string;
  picture?: string;
}

function oidcProvider(env: Env, issuer: string, clientId: string, clientSecret: string): OAuthConfig<OidcProfile> {
  const base = issuer.replace(/\/+$/, "");
  return {
    id: "oidc",
    name: present(env.OIDC_NAME) ? env.OIDC_NAME : "Single sign-on",
    type: "oauth",
    wellKnown: `${base}/.well-known/openid-configuration`,
    issuer: base,
    clientId,
    clientSecret,
    authorization: { params: { scope: "openid email profile" } },
    idToken: true,
    checks: ["pkce", "state"],
    profile: (profile) => ({
      id: profile.sub,
      name: profile.name ?? profile.preferred_username ?? null,
      email: profile.email ?? null,
      image: profile.picture ?? null,
    }),
  };
}

/** GitHub and a generic OpenID Connect provider, each only when all its variables are set. */
export function oauthProviders(env: Env = process.env): Provider[] {
  const providers: Provider[] = [];
  if (present(env.GITHUB_ID) && present(env.GITHUB_SECRET)) {
    providers.push(GitHubProvider({ clientId: env.GITHUB_ID, clientSecret: env.GITHUB_SECRET }));
  }
  if (present(env.OIDC_ISSUER) && present(env.OIDC_CLIENT_ID) && present(env.OIDC_CLIENT_SECRET)) {
    providers.push(oidcProvider(env, env.OIDC_ISSUER, env.OIDC_CLIENT_ID, env.OIDC_CLIENT_SECRET));
  }
  return providers;
}

/** The sign-in page's buttons: serializable, no secrets. */
export function oauthButtons(env: Env = process.env): ProviderButton[] {
  return oauthProviders(env).map((provider) => ({ id: provider.id, name: provider.name }));
}
