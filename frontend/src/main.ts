import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { router } from './router'
import { whenSessionExpires } from './api/client'
import { useAuth } from './stores/auth'
import './styles/main.css'

const app = createApp(App)
app.use(createPinia())
app.use(router)

// The refresh token was refused: back to the sign-in page, with a kind word.
whenSessionExpires(() => {
  useAuth().expired()
  void router.replace({ name: 'landing' })
})

app.mount('#app')
