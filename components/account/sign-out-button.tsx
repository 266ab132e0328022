"use client";

import { signOut } from "next-auth/react";
import { useState } from "react";

export function SignOutButton({ label = "Sign out" }: { label?: string }) {
  const [pending, setPending] = useState(false);
  return (
    <button
      type="button"
      className="link-button"
      disabled={pending}
      onClick={() => {
        setPending(true);
        // next-auth posts with its CSRF token, clears the cookie and reloads on "/".
        void signOut({ callbackUrl: "/" });
      }}
    >
      {pending ? "Signing out…" : label}
    </button>
  );
}
