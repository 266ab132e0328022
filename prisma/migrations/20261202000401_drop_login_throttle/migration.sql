-- DropTable: sign-in limits now count in "RateLimit" (lib/accounts/sign-in-limits.ts)
DROP TABLE "LoginThrottle";
