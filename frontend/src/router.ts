// The app's routes. Every screen is its own chunk, so the first load carries only what it shows.
// Django answers index.html for every one of these paths (coincraft/webapp.py).
import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router'
import { useAuth } from '@/stores/auth'

declare module 'vue-router' {
  interface RouteMeta {
    /** Only for a signed-in child or teen (and framed by the navigation). */
    signedIn?: boolean
    /** Only for teens. */
    teen?: boolean
    title?: string
  }
}

const screen = {
  landing: () => import('@/screens/shared/LandingScreen.vue'),
  notFound: () => import('@/screens/shared/NotFoundScreen.vue'),
  forgotPassword: () => import('@/screens/shared/ForgotPasswordScreen.vue'),
  resetPassword: () => import('@/screens/shared/ResetPasswordScreen.vue'),
  verifyEmail: () => import('@/screens/shared/VerifyEmailScreen.vue'),
  home: () => import('@/screens/child/HomeScreen.vue'),
  chores: () => import('@/screens/child/ChoresScreen.vue'),
  goals: () => import('@/screens/child/GoalsScreen.vue'),
  shop: () => import('@/screens/child/ShopScreen.vue'),
  learn: () => import('@/screens/child/LearnScreen.vue'),
  module: () => import('@/screens/child/ModuleScreen.vue'),
  activity: () => import('@/screens/child/ActivityScreen.vue'),
  me: () => import('@/screens/child/MeScreen.vue'),
  history: () => import('@/screens/child/HistoryScreen.vue'),
  budget: () => import('@/screens/teen/BudgetScreen.vue'),
}

const signedIn = (title: string) => ({ signedIn: true, title })

export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'landing', component: screen.landing, meta: { title: 'Welcome' } },
  // the pages the server's emails link to (accounts.services), and the way to ask for one
  { path: '/forgot-password', name: 'forgot-password', component: screen.forgotPassword, meta: { title: 'Forgot your password?' } },
  { path: '/reset-password', name: 'reset-password', component: screen.resetPassword, meta: { title: 'New password' } },
  { path: '/verify', name: 'verify', component: screen.verifyEmail, meta: { title: 'Confirm your email' } },
  { path: '/home', name: 'home', component: screen.home, meta: signedIn('Home') },
  { path: '/chores', name: 'chores', component: screen.chores, meta: signedIn('Chores') },
  { path: '/goals', name: 'goals', component: screen.goals, meta: signedIn('Goals') },
  { path: '/shop', name: 'shop', component: screen.shop, meta: signedIn('Shop') },
  { path: '/learn', name: 'learn', component: screen.learn, meta: signedIn('Learn') },
  { path: '/learn/module/:id', name: 'module', component: screen.module, meta: signedIn('Lesson') },
  { path: '/learn/activity/:id', name: 'activity', component: screen.activity, meta: signedIn('Game') },
  { path: '/me', name: 'me', component: screen.me, meta: signedIn('Me') },
  { path: '/me/history', name: 'history', component: screen.history, meta: signedIn('History') },
  { path: '/budget', name: 'budget', component: screen.budget, meta: { ...signedIn('Budget'), teen: true } },
  { path: '/:rest(.*)*', name: 'not-found', component: screen.notFound, meta: { title: 'Not found' } },
]

export const router = createRouter({
  history: createWebHistory(),
  routes,
  scrollBehavior: () => ({ top: 0 }),
})

router.beforeEach((to) => {
  const auth = useAuth()
  if (to.meta.signedIn && !auth.signedIn) {
    return { name: 'landing', query: to.fullPath !== '/home' ? { next: to.fullPath } : {} }
  }
  if (to.meta.teen && !auth.isTeen) return { name: 'home' }
  if (to.name === 'landing' && auth.signedIn) return { name: 'home' }
  return true
})

router.afterEach((to) => {
  document.title = to.meta.title ? `${to.meta.title} · CoinCraft` : 'CoinCraft'
})
