"use client";

import { signIn } from "next-auth/react";
import type { ProviderButton } from "@/lib/auth/oauth-providers";

export function OAuthButtons({ providers, callbackUrl }: { providers: ProviderButton[]; callbackUrl: string }) {
  if (providers.length === 0) return null;
  return (
    <div className="oauth">
      <p className="or">or</p>
      {providers.map((provider) => (
        <button key={provider.id} type="button" onClick={() => void signIn(provider.id, { callbackUrl })}>
          Continue with {provider.name}
        </button>
      ))}
    </div>
  );
}
