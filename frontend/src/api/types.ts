// Short names for the response shapes the screens use (all generated from the server's schema).
import type { components } from './schema'

type Schemas = components['schemas']

export type Dashboard = Schemas['ChildDashboardOut']
export type DashboardGoal = Schemas['ChildDashboardGoalOut']
export type Achievement = Schemas['LearningAchievementCardOut']
export type Task = Schemas['TaskRead']
export type Goal = Schemas['GoalRead']
export type ShopItem = Schemas['ShopCatalogueItemOut']
export type PurchaseRequest = Schemas['PurchaseRequestRead']
export type Entry = Schemas['TransactionRead']
export type Redemption = Schemas['RedemptionRead']
export type AssignedModule = Schemas['ChildAssignedModuleOut']
export type Activity = Schemas['LearningActivityOut']
export type Budget = Schemas['TeenBudgetOut']
export type EntryType = Schemas['TransactionTypeEnum']
export type ChorePrice = Schemas['ChorePrice']
export type ChildMe = Schemas['ChildMeOut']
