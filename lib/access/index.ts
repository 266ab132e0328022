export { type Access, accessOf, actorIn, type Caller, groupIdsOf, roleIn, visibilityActor } from "./access";
export { type DbOrTx, resolveAccess } from "./resolve-access";
