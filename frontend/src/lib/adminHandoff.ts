// Parents and teachers work in the Django admin, which keeps its own session. Signing in on the
// app's page hands the same email and password to the admin's own login form (a normal form post,
// CSRF token included), so the browser lands in /admin/ signed in.

export function cookie(name: string, source: string = document.cookie): string | null {
  for (const part of source.split(';')) {
    const [key, ...rest] = part.trim().split('=')
    if (key === name) return decodeURIComponent(rest.join('='))
  }
  return null
}

async function csrfToken(): Promise<string> {
  let token = cookie('csrftoken')
  if (!token) {
    // The app's page sets the cookie when Django serves it; the admin's login page always does.
    await fetch('/admin/login/', { credentials: 'same-origin' })
    token = cookie('csrftoken')
  }
  if (!token) throw new Error('The admin could not be reached.')
  return token
}

export async function signInToAdmin(email: string, password: string): Promise<void> {
  const form = document.createElement('form')
  form.method = 'post'
  form.action = '/admin/login/?next=/admin/'
  form.hidden = true
  const fields = { csrfmiddlewaretoken: await csrfToken(), username: email, password, next: '/admin/' }
  for (const [name, value] of Object.entries(fields)) {
    const input = document.createElement('input')
    input.type = 'hidden'
    input.name = name
    input.value = value
    form.append(input)
  }
  document.body.append(form)
  form.submit()
}
