import { PrismaAdapter } from "@auth/prisma-adapter";
import type { Adapter, AdapterAccount, AdapterUser } from "next-auth/adapters";
import type { Db } from "@/lib/db/client";

interface UserRow {
  id: string;
  name?: string | null;
  email?: string | null;
  emailVerified?: Date | null;
  image?: string | null;
}

/** Never hand the password hash (or other columns) to next-auth's callbacks and tokens. */
function publicUser(row: UserRow): AdapterUser {
  return {
    id: row.id,
    name: row.name ?? null,
    // next-auth types email as always present; every user we create has one.
    email: row.email ?? "",
    emailVerified: row.emailVerified ?? null,
    image: row.image ?? null,
  };
}

const orNull = (row: UserRow | null | undefined): AdapterUser | null => (row === null || row === undefined ? null : publicUser(row));

// Emails are stored lower-cased (sign-up does so); providers may send any case.
const normalizeEmail = (email: string | null | undefined) => (typeof email === "string" ? email.trim().toLowerCase() : email);

type PrismaAdapterMethods = Required<ReturnType<typeof PrismaAdapter>>;
type CoreAccount = Parameters<PrismaAdapterMethods["linkAccount"]>[0];

/**
 * Only the columns our Account model has: providers add fields (GitHub's
 * refresh_token_expires_in) that Prisma would reject, and absent ones are left
 * out rather than passed as undefined, which strictUndefinedChecks refuses.
 */
export function accountColumns(account: AdapterAccount): CoreAccount {
  const text = (value: unknown) => (typeof value === "string" ? value : undefined);
  const optional = {
    refresh_token: text(account.refresh_token),
    access_token: text(account.access_token),
    token_type: text(account.token_type),
    scope: text(account.scope),
    id_token: text(account.id_token),
    session_state: text(account.session_state),
    expires_at: typeof account.expires_at === "number" ? account.expires_at : undefined,
  };
  const present = Object.fromEntries(Object.entries(optional).filter(([, value]) => value !== undefined));
  return { ...present, userId: account.userId, type: account.type, provider: account.provider, providerAccountId: account.providerAccountId };
}

/**
 * @auth/prisma-adapter behind next-auth 4's Adapter type. The client is fetched
 * on first use, not at import, because Next loads route modules at build time
 * when there is no DATABASE_URL. The Prisma adapter types our Prisma 7 client
 * as `any`, so tests/integration/accounts.test.ts checks it against the database.
 */
export function createAuthAdapter(getDb: () => Db): Adapter {
  let prismaAdapter: ReturnType<typeof PrismaAdapter> | undefined;
  const method = <K extends keyof PrismaAdapterMethods>(name: K): NonNullable<ReturnType<typeof PrismaAdapter>[K]> => {
    prismaAdapter ??= PrismaAdapter(getDb());
    const fn = prismaAdapter[name];
    if (fn === undefined) throw new Error(`@auth/prisma-adapter has no ${String(name)}`);
    return fn;
  };

  return {
    // Known columns only (a provider's profile may carry more); the Prisma adapter
    // drops `id` and lets the database make one.
    createUser: async (user: Omit<AdapterUser, "id">) => {
      const email = normalizeEmail(user.email);
      // "" would collide on the unique index; the signIn callback turns such profiles away first.
      if (typeof email !== "string" || email === "") throw new Error("An account needs an email address.");
      const columns = { name: user.name ?? null, email, emailVerified: user.emailVerified, image: user.image ?? null };
      return publicUser(await method("createUser")({ ...columns, id: "" }));
    },
    getUser: async (id) => orNull(await method("getUser")(id)),
    getUserByEmail: async (email) => orNull(await method("getUserByEmail")(normalizeEmail(email) ?? "")),
    getUserByAccount: async (account) => orNull(await method("getUserByAccount")(account)),
    updateUser: async (user) => {
      const { email, ...rest } = user;
      const normalized = normalizeEmail(email);
      return publicUser(await method("updateUser")({ ...rest, ...(typeof normalized === "string" ? { email: normalized } : {}) }));
    },
    deleteUser: async (id) => {
      await method("deleteUser")(id);
    },
    linkAccount: async (account: AdapterAccount) => {
      await method("linkAccount")(accountColumns(account));
    },
    unlinkAccount: async (account: Pick<AdapterAccount, "provider" | "providerAccountId">) => {
      await method("unlinkAccount")(account);
    },
    createSession: (session) => method("createSession")(session),
    getSessionAndUser: async (sessionToken) => {
      const found = await method("getSessionAndUser")(sessionToken);
      return found === null ? null : { session: found.session, user: publicUser(found.user) };
    },
    updateSession: async (session) => (await method("updateSession")(session)) ?? null,
    deleteSession: async (sessionToken) => {
      await method("deleteSession")(sessionToken);
    },
    createVerificationToken: async (token) => (await method("createVerificationToken")(token)) ?? null,
    useVerificationToken: (params) => method("useVerificationToken")(params),
  };
}
