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

export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'landing', component: () => import('@/screens/shared/LandingScreen.vue'), meta: { title: 'Welcome' } },
  { path: '/home', name: 'home', component: () => import('@/screens/child/HomeScreen.vue'), meta: { signedIn: true, title: 'Home' } },
  { path: '/chores', name: 'chores', component: () => import('@/screens/child/ChoresScreen.vue'), meta: { signedIn: true, title: 'Chores' } },
  { path: '/goals', name: 'goals', component: () => import('@/screens/child/GoalsScreen.vue'), meta: { signedIn: true, title: 'Goals' } },
  { path: '/shop', name: 'shop', component: () => import('@/screens/child/ShopScreen.vue'), meta: { signedIn: true, title: 'Shop' } },
  { path: '/learn', name: 'learn', component: () => import('@/screens/child/LearnScreen.vue'), meta: { signedIn: true, title: 'Learn' } },
  { path: '/learn/module/:id', name: 'module', component: () => import('@/screens/child/ModuleScreen.vue'), meta: { signedIn: true, title: 'Lesson' } },
  { path: '/learn/activity/:id', name: 'activity', component: () => import('@/screens/child/ActivityScreen.vue'), meta: { signedIn: true, title: 'Game' } },
  { path: '/me', name: 'me', component: () => import('@/screens/child/MeScreen.vue'), meta: { signedIn: true, title: 'Me' } },
  { path: '/me/history', name: 'history', component: () => import('@/screens/child/HistoryScreen.vue'), meta: { signedIn: true, title: 'History' } },
  { path: '/budget', name: 'budget', component: () => import('@/screens/teen/BudgetScreen.vue'), meta: { signedIn: true, teen: true, title: 'Budget' } },
  { path: '/:rest(.*)*', name: 'not-found', component: () => import('@/screens/shared/NotFoundScreen.vue'), meta: { title: 'Not found' } },
]

export const router = createRouter({
  history: createWebHistory(),
  routes,
  scrollBehavior: () => ({ top: 0 }),
})

router.beforeEach((to) => {
  const auth = useAuth()
  if (to.meta.signedIn && !auth.signedIn) return { name: 'landing', query: to.fullPath !== '/home' ? { next: to.fullPath } : {} }
  if (to.meta.teen && !auth.isTeen) return { name: 'home' }
  if (to.name === 'landing' && auth.signedIn) return { name: 'home' }
  return true
})

router.afterEach((to) => {
  document.title = to.meta.title ? `${to.meta.title} · CoinCraft` : 'CoinCraft'
})
