// `npm run admins -- <email>`: the account that signed up with an email, with its user id
// to name in ADMIN_USER_IDS; `npm run admins` alone: the accounts ADMIN_USER_IDS names now.
import { parseAdminUserIds } from "@/lib/access/admin-users";
import { createDb } from "@/lib/db/client";
import { openDatabase } from "@/lib/db/database-url";

const [email] = process.argv.slice(2);
const database = await openDatabase();
const db = createDb(database.url);
try {
  const named = [...parseAdminUserIds(process.env.ADMIN_USER_IDS)];
  const users = await db.user.findMany({
    where: email === undefined ? { id: { in: named } } : { email: { equals: email.trim(), mode: "insensitive" } },
    select: { id: true, email: true, name: true, createdAt: true, passwordHash: true, accounts: { select: { provider: true } } },
    orderBy: { createdAt: "asc" },
  });
  if (users.length === 0) console.log(email === undefined ? "ADMIN_USER_IDS names no account." : `No account has the email ${email}.`);
  for (const user of users) {
    const signIn = [...(user.passwordHash === null ? [] : ["password"]), ...user.accounts.map((a) => a.provider)].join(", ") || "none";
    console.log(`${user.id}  ${user.email ?? "(no email)"}  ${user.name ?? ""}  since ${user.createdAt.toISOString()}  signs in with: ${signIn}`);
  }
  if (email !== undefined && users.length > 0) {
    console.log("Emails are not verified: name the id in ADMIN_USER_IDS only if you made this account yourself.");
  }
} finally {
  await db.$disconnect();
  await database.close();
}
