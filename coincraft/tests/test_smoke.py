def test_health_reports_database_ok(api_client, db):
    # when
    response = api_client.get("/health")
    # then
    assert response.status_code == 200
    assert response.json() == {"status": "OK", "database": "ok"}


def test_register_login_me_roundtrip(api_client, db):
    # given
    body = {"email": "New@Example.com", "password": "a-long-passphrase-9", "name": "New Parent", "role": "parent"}
    # when
    registered = api_client.post("/api/auth/register", body, format="json")
    login = api_client.post("/api/auth/jwt/login", {"username": "new@example.com", "password": body["password"]})
    me = api_client.get("/api/users/me", HTTP_AUTHORIZATION=f"Bearer {login.json()['access_token']}")
    # then
    assert registered.status_code == 201, registered.json()
    assert login.status_code == 200, login.json()
    assert me.json()["email"] == "new@example.com"
    assert me.json()["role"] == "parent"


def test_personas_scoping(personas, as_user):
    response = as_user(personas.parent_b).get(f"/api/users/{personas.child_a.pk}")
    assert response.status_code == 404
    response = as_user(personas.parent_a).get(f"/api/users/{personas.child_a.pk}")
    assert response.status_code == 200
    assert response.json()["child_profile"]["parent_id"] == str(personas.parent_a.pk)
