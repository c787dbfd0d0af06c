// Generated from the server's OpenAPI schema by `npm run api:types`; do not edit by hand.
export interface paths {
    "/api/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description A viewset over one model, scoped; routed with ``as_view({"get": "list", ...})`` on the contract's
         *     paths.
         */
        get: operations["activities_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/activities/{activity_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description A viewset over one model, scoped; routed with ``as_view({"get": "list", ...})`` on the contract's
         *     paths.
         */
        get: operations["api_activities_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/activities/{activity_id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * @description A viewset over one model, scoped; routed with ``as_view({"get": "list", ...})`` on the contract's
         *     paths.
         */
        post: operations["api_activities_complete_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/forgot-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description No authentication: a stale Authorization header is ignored, never a 401. */
        post: operations["api_auth_forgot_password_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/jwt/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Form-encoded (the app) or JSON sign-in with the email as ``username``. */
        post: operations["api_auth_jwt_login_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/jwt/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * @description Signs out: the session of the presented access token (and of a refresh token in the body) ends, so
         *     every token issued in it stops working.
         */
        post: operations["api_auth_jwt_logout_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/jwt/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Each refresh token works once: the next tokens of its session, or 401. */
        post: operations["api_auth_jwt_refresh_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Sign-in that also returns the user (JSON body). */
        post: operations["api_auth_login_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * @description Signs out: the session of the presented access token (and of a refresh token in the body) ends, so
         *     every token issued in it stops working.
         */
        post: operations["api_auth_logout_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description No authentication: a stale Authorization header is ignored, never a 401. */
        post: operations["api_auth_register_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/request-verify-token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description No authentication: a stale Authorization header is ignored, never a 401. */
        post: operations["api_auth_request_verify_token_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description No authentication: a stale Authorization header is ignored, never a 401. */
        post: operations["api_auth_reset_password_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description POST (public): confirm an email with its token. GET (signed in): is my token valid? */
        get: operations["api_auth_verify_retrieve"];
        put?: never;
        /** @description POST (public): confirm an email with its token. GET (signed in): is my token valid? */
        post: operations["api_auth_verify_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/child/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The published modules offered to a younger child, as its activity cards. */
        get: operations["api_child_activities_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/child/activities/{module_id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description ``is_completed: false`` records and pays nothing (as for games). */
        post: operations["api_child_activities_complete_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/child/assigned-modules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description A viewset over one model, scoped; routed with ``as_view({"get": "list", ...})`` on the contract's
         *     paths.
         */
        get: operations["api_child_assigned_modules_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/child/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description An authenticated endpoint that composes reads of its own. */
        get: operations["api_child_dashboard_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/child/goals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description ``/api/child/goals`` and ``/api/child/goals/{id}/progress``: the child's own goals. */
        get: operations["api_child_goals_list"];
        put?: never;
        /** @description ``/api/child/goals`` and ``/api/child/goals/{id}/progress``: the child's own goals. */
        post: operations["api_child_goals_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/child/goals/{goal_id}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** @description Add coins to one's goal, up to its target; only what was added leaves the balance. */
        put: operations["api_child_goals_progress_update"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/child/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The class invitations waiting for an answer, oldest first. `can_answer` is false when the child has a parent: the parent answers in its inbox. */
        get: operations["api_child_invitations_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/child/invitations/{invitation_id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Join the class (its assigned modules follow). 409 once answered. */
        post: operations["api_child_invitations_accept_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/child/invitations/{invitation_id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Say no; the teacher is not told. 409 once answered. */
        post: operations["api_child_invitations_decline_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/child/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description An authenticated endpoint that composes reads of its own. */
        get: operations["api_child_me_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/child/modules/{module_id}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description Sections and quiz of a module the child has (assigned or started); ``isCorrect`` included,
         *     since the app also grades locally (API.md D-16.7).
         */
        get: operations["api_child_modules_content_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/child/modules/{module_id}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * @description A viewset over one model, scoped; routed with ``as_view({"get": "list", ...})`` on the contract's
         *     paths.
         */
        put: operations["api_child_modules_progress_update"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/child/modules/{module_id}/quiz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Answers scored on the server: ``{answers: {question_id: [option_id, ...]}}``. */
        post: operations["api_child_modules_quiz_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/child/modules/{module_id}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * @description The child opens a module it can see (published, or assigned to it): its progress row is created
         *     when it has none, and the answer is the module's content, as ``GET .../content`` gives it.
         */
        post: operations["api_child_modules_start_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/child/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description An authenticated endpoint that composes reads of its own. */
        get: operations["api_child_stats_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/child/transactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description An authenticated endpoint that composes reads of its own. */
        get: operations["api_child_transactions_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/classes/{class_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** @description ``/api/classes/{id}``: edit or delete one's class, its students. */
        put: operations["api_classes_update"];
        post?: never;
        /** @description ``/api/classes/{id}``: edit or delete one's class, its students. */
        delete: operations["api_classes_destroy"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/classes/{class_id}/students": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description ``/api/classes/{id}``: edit or delete one's class, its students. */
        get: operations["api_classes_students_list"];
        put?: never;
        /** @description Invites a child into the class: its family accepts or declines (a child without a parent answers itself), and the child is enrolled only then. The answer is the same whatever the email or id, so it never tells whether an account matched. */
        post: operations["api_classes_students_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/classes/{class_id}/students/{student_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** @description ``/api/classes/{id}``: edit or delete one's class, its students. */
        delete: operations["api_classes_students_destroy"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/classes/join": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description An authenticated endpoint that composes reads of its own. */
        post: operations["api_classes_join_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dashboard/{user_role}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The caller's own dashboard: its shape depends on the role. */
        get: operations["api_dashboard_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/goals/{goal_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description ``/api/users/{user_id}/goals[/{id}[/contribute|/withdraw]]`` and ``/api/goals/{id}[/progress|/amount]``. */
        post: operations["api_goals_create"];
        /** @description ``/api/users/{user_id}/goals[/{id}[/contribute|/withdraw]]`` and ``/api/goals/{id}[/progress|/amount]``. */
        delete: operations["api_goals_destroy"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/goals/{goal_id}/amount": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Set a goal's amount absolutely; the difference moves to or from the balance. */
        post: operations["api_goals_amount_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/goals/{goal_id}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** @description Add coins to a goal from the balance. */
        put: operations["api_goals_progress_update"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/learning-modules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The module catalogue, as each screen shows it, and completing a module from it. */
        get: operations["api_learning_modules_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/learning-modules/{module_id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description ``is_completed: false`` records and pays nothing (as for games). */
        post: operations["api_learning_modules_complete_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/parent/allowances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The parent's allowances or recurring chores: list and create; change and stop one. */
        get: operations["api_parent_allowances_list"];
        put?: never;
        /** @description The parent's allowances or recurring chores: list and create; change and stop one. */
        post: operations["api_parent_allowances_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/parent/allowances/{plan_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** @description The parent's allowances or recurring chores: list and create; change and stop one. */
        put: operations["api_parent_allowances_update"];
        post?: never;
        /** @description The parent's allowances or recurring chores: list and create; change and stop one. */
        delete: operations["api_parent_allowances_destroy"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/parent/children": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description ``POST /api/parent/children``: the parent dashboard's "add a child" form. */
        post: operations["api_parent_children_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/parent/children/{child_id}/data": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Everything stored about the child (GET, as JSON) or the account deleted (DELETE). */
        get: operations["api_parent_children_data_retrieve"];
        put?: never;
        post?: never;
        /** @description Everything stored about the child (GET, as JSON) or the account deleted (DELETE). */
        delete: operations["api_parent_children_data_destroy"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/parent/children/{child_id}/interest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description An authenticated endpoint that composes reads of its own. */
        get: operations["api_parent_children_interest_retrieve"];
        /** @description An authenticated endpoint that composes reads of its own. */
        put: operations["api_parent_children_interest_update"];
        post?: never;
        /** @description An authenticated endpoint that composes reads of its own. */
        delete: operations["api_parent_children_interest_destroy"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/parent/children/{child_id}/ledger.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description An authenticated endpoint that composes reads of its own. */
        get: operations["api_parent_children_ledger.csv_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/parent/children/{child_id}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description An authenticated endpoint that composes reads of its own. */
        get: operations["api_parent_children_progress_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/parent/children/{child_id}/streak-pause": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** @description A parent pauses its child's streak for a holiday (``PUT``) or ends the pause (``DELETE``). */
        put: operations["api_parent_children_streak_pause_update"];
        post?: never;
        /** @description A parent pauses its child's streak for a holiday (``PUT``) or ends the pause (``DELETE``). */
        delete: operations["api_parent_children_streak_pause_destroy"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/parent/children/goals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description ``/api/parent/children/goals``: every goal of the parent's children, newest first. */
        get: operations["api_parent_children_goals_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/parent/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description An authenticated endpoint that composes reads of its own. */
        get: operations["api_parent_dashboard_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/parent/recurring-chores": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The parent's allowances or recurring chores: list and create; change and stop one. */
        get: operations["api_parent_recurring_chores_list"];
        put?: never;
        /** @description The parent's allowances or recurring chores: list and create; change and stop one. */
        post: operations["api_parent_recurring_chores_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/parent/recurring-chores/{plan_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** @description The parent's allowances or recurring chores: list and create; change and stop one. */
        put: operations["api_parent_recurring_chores_update"];
        post?: never;
        /** @description The parent's allowances or recurring chores: list and create; change and stop one. */
        delete: operations["api_parent_recurring_chores_destroy"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/parent/redemptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description An authenticated endpoint that composes reads of its own. */
        get: operations["api_parent_redemptions_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/parent/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** @description An authenticated endpoint that composes reads of its own. */
        put: operations["api_parent_settings_update"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/parent/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description ``/api/parent/tasks``: every task of the parent's children, with the screen's filters; approval. */
        get: operations["api_parent_tasks_list"];
        put?: never;
        /** @description ``/api/parent/tasks``: every task of the parent's children, with the screen's filters; approval. */
        post: operations["api_parent_tasks_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/parent/tasks/{task_id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** @description ``/api/parent/tasks``: every task of the parent's children, with the screen's filters; approval. */
        put: operations["api_parent_tasks_approve_update"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/parents/{parent_id}/redemption-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description ``/api/parents/{parent_id}/redemption-requests``: the family's children's requests; ``parent_id`` is
         *     ``me``, the caller's id or, for a co-parent, its family's first parent's (``scoping.names_family_parent``).
         */
        get: operations["api_parents_redemption_requests_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/parents/{parent_id}/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description ``/api/parents/{parent_id}/tasks``: the tasks its family's parents assigned; ``parent_id`` is ``me``, the
         *     caller's id or, for a co-parent, its family's first parent's (``scoping.names_family_parent``).
         */
        get: operations["api_parents_tasks_list"];
        put?: never;
        /**
         * @description ``/api/parents/{parent_id}/tasks``: the tasks its family's parents assigned; ``parent_id`` is ``me``, the
         *     caller's id or, for a co-parent, its family's first parent's (``scoping.names_family_parent``).
         */
        post: operations["api_parents_tasks_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/progress-goals/{goal_id}/update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** @description The app's daily-goal tick: echoed back; daily goals are computed from real activity. */
        put: operations["api_progress_goals_update_update"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/progress-goals/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description An authenticated endpoint that composes reads of its own. */
        get: operations["api_progress_goals_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/redemption-requests/{request_id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** @description A parent approves (the money is paid outside CoinCraft) or rejects (the coins come back). */
        put: operations["api_redemption_requests_approve_update"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/redemption-requests/{request_id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** @description A parent approves (the money is paid outside CoinCraft) or rejects (the coins come back). */
        put: operations["api_redemption_requests_reject_update"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/shop/{user_id}/purchase": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description A child asks to buy an item (approved at once when its parent's settings say so). */
        post: operations["api_shop_purchase_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/shop/{user_id}/transactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description An authenticated endpoint that composes reads of its own. */
        get: operations["api_shop_transactions_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/shop/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description The caller's catalogue (children's or teens'), each item with what the shop screen shows beside
         *     its price: its price in the child's typical chore, whether the child owns it and whether it asked
         *     for it and waits, the coins it still needs to pay for it and whether asking for it goes to a parent
         *     (the family's settings). Other roles get an empty list.
         */
        get: operations["api_shop_items_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/shop/owned_items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description An authenticated endpoint that composes reads of its own. */
        get: operations["api_shop_owned_items_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/shop/purchase_requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description An authenticated endpoint that composes reads of its own. */
        get: operations["api_shop_purchase_requests_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/shop/purchase_requests/{request_id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** @description A parent approves (the coins move, the item is owned) or rejects its child's purchase request. */
        put: operations["api_shop_purchase_requests_approve_update"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/shop/purchase_requests/{request_id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** @description A parent approves (the coins move, the item is owned) or rejects its child's purchase request. */
        put: operations["api_shop_purchase_requests_reject_update"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description No authentication: a stale Authorization header is ignored, never a 401. */
        get: operations["api_status_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description ``/api/tasks`` and ``/api/tasks/{id}``: a parent's tasks are those it set, a child's its own. */
        get: operations["api_tasks_list"];
        put?: never;
        /** @description ``/api/tasks`` and ``/api/tasks/{id}``: a parent's tasks are those it set, a child's its own. */
        post: operations["api_tasks_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{task_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** @description ``/api/tasks`` and ``/api/tasks/{id}``: a parent's tasks are those it set, a child's its own. */
        put: operations["api_tasks_update"];
        post?: never;
        /** @description ``/api/tasks`` and ``/api/tasks/{id}``: a parent's tasks are those it set, a child's its own. */
        delete: operations["api_tasks_destroy"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{task_id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** @description ``/api/tasks`` and ``/api/tasks/{id}``: a parent's tasks are those it set, a child's its own. */
        put: operations["api_tasks_reject_update"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/teacher/analytics/performance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description An authenticated endpoint that composes reads of its own. */
        get: operations["api_teacher_analytics_performance_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/teacher/classes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description ``/api/teacher/classes`` and the screens of one class. */
        get: operations["teacher_classes_list"];
        put?: never;
        /** @description `student_ids` are invited, not enrolled: each matching child's family decides (the class starts with no students). */
        post: operations["api_teacher_classes_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/teacher/classes/{class_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description ``/api/teacher/classes`` and the screens of one class. */
        get: operations["api_teacher_classes_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/teacher/classes/{class_id}/assigned-modules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description ``/api/teacher/classes`` and the screens of one class. */
        get: operations["api_teacher_classes_assigned_modules_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/teacher/classes/{class_id}/progress.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description ``/api/teacher/classes`` and the screens of one class. */
        get: operations["api_teacher_classes_progress.csv_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/teacher/classes/{class_id}/students": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description ``/api/teacher/classes`` and the screens of one class. */
        get: operations["api_teacher_classes_students_retrieve"];
        put?: never;
        /** @description Invites a child into the class: its family accepts or declines (a child without a parent answers itself), and the child is enrolled only then. The answer is the same whatever the email or id, so it never tells whether an account matched. */
        post: operations["api_teacher_classes_students_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/teacher/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description An authenticated endpoint that composes reads of its own. */
        get: operations["api_teacher_dashboard_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/teacher/modules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description The teacher's own modules (list, write, edit including publishing, delete), and assigning any
         *     module it can see to one of its classes.
         */
        get: operations["api_teacher_modules_list"];
        put?: never;
        /**
         * @description The teacher's own modules (list, write, edit including publishing, delete), and assigning any
         *     module it can see to one of its classes.
         */
        post: operations["api_teacher_modules_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/teacher/modules/{module_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * @description The teacher's own modules (list, write, edit including publishing, delete), and assigning any
         *     module it can see to one of its classes.
         */
        put: operations["api_teacher_modules_update"];
        post?: never;
        /** @description A module children have started cannot be deleted (400): unpublish it instead. */
        delete: operations["api_teacher_modules_destroy"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/teacher/modules/{module_id}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Only a published module is assigned: a draft answers 400 naming `module_id` ("Module is not published; publish it before assigning it to a class"). */
        post: operations["api_teacher_modules_assign_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/teacher/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description An authenticated endpoint that composes reads of its own. */
        get: operations["api_teacher_profile_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/teacher/students/{student_id}/modules/{module_id}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description An authenticated endpoint that composes reads of its own. */
        get: operations["api_teacher_students_modules_progress_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/teacher/students/available": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The students a teacher may see: those enrolled in its classes (not every child on the platform). */
        get: operations["api_teacher_students_available_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/teachers/{teacher_id}/classes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description ``/api/teachers/{teacher_id}/classes`` (the teacher's user id, or ``me``). */
        get: operations["api_teachers_classes_list"];
        put?: never;
        /** @description ``/api/teachers/{teacher_id}/classes`` (the teacher's user id, or ``me``). */
        post: operations["api_teachers_classes_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/teen/analytics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description An authenticated endpoint that composes reads of its own. */
        get: operations["api_teen_analytics_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/teen/budget": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description An authenticated endpoint that composes reads of its own. */
        get: operations["api_teen_budget_retrieve"];
        /** @description An authenticated endpoint that composes reads of its own. */
        put: operations["api_teen_budget_update"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/teen/conversion-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description An authenticated endpoint that composes reads of its own. */
        get: operations["api_teen_conversion_requests_list"];
        put?: never;
        /** @description An authenticated endpoint that composes reads of its own. */
        post: operations["api_teen_conversion_requests_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/teen/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description An authenticated endpoint that composes reads of its own. */
        get: operations["api_teen_dashboard_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/teen/explore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The module catalogue, as each screen shows it, and completing a module from it. */
        get: operations["api_teen_explore_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/teen/goals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description ``/api/teen/goals``: the teen's own goals. */
        get: operations["api_teen_goals_list"];
        put?: never;
        /** @description ``/api/teen/goals``: the teen's own goals. */
        post: operations["api_teen_goals_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description No authentication: a stale Authorization header is ignored, never a 401. */
        get: operations["api_test_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{parent_id}/children": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description A parent lists or creates its family's children (``parent_id`` is ``me``, the caller's id or, for a
         *     co-parent, its family's first parent's: ``scoping.names_family_parent``).
         */
        get: operations["api_users_children_list"];
        put?: never;
        /**
         * @description A parent lists or creates its family's children (``parent_id`` is ``me``, the caller's id or, for a
         *     co-parent, its family's first parent's: ``scoping.names_family_parent``).
         */
        post: operations["api_users_children_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Read a person you may see; update yourself; operators may patch or delete anyone. */
        get: operations["api_users_retrieve"];
        /** @description Read a person you may see; update yourself; operators may patch or delete anyone. */
        put: operations["api_users_update"];
        post?: never;
        /** @description Read a person you may see; update yourself; operators may patch or delete anyone. */
        delete: operations["api_users_destroy"];
        options?: never;
        head?: never;
        /** @description Read a person you may see; update yourself; operators may patch or delete anyone. */
        patch: operations["api_users_partial_update"];
        trace?: never;
    };
    "/api/users/{user_id}/coins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A child's balance as a bare integer. Setting it is a parent's adjustment through the ledger. */
        get: operations["api_users_coins_retrieve"];
        put?: never;
        /** @description A child's balance as a bare integer. Setting it is a parent's adjustment through the ledger. */
        post: operations["api_users_coins_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{user_id}/conversion-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description An authenticated endpoint that composes reads of its own. */
        get: operations["api_users_conversion_requests_list"];
        put?: never;
        /** @description An authenticated endpoint that composes reads of its own. */
        post: operations["api_users_conversion_requests_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{user_id}/goals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description ``/api/users/{user_id}/goals[/{id}[/contribute|/withdraw]]`` and ``/api/goals/{id}[/progress|/amount]``. */
        get: operations["api_users_goals_list"];
        put?: never;
        /** @description ``/api/users/{user_id}/goals[/{id}[/contribute|/withdraw]]`` and ``/api/goals/{id}[/progress|/amount]``. */
        post: operations["api_users_goals_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{user_id}/goals/{goal_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** @description ``/api/users/{user_id}/goals[/{id}[/contribute|/withdraw]]`` and ``/api/goals/{id}[/progress|/amount]``. */
        put: operations["api_users_goals_update"];
        post?: never;
        /** @description ``/api/users/{user_id}/goals[/{id}[/contribute|/withdraw]]`` and ``/api/goals/{id}[/progress|/amount]``. */
        delete: operations["api_users_goals_destroy"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{user_id}/goals/{goal_id}/contribute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description ``/api/users/{user_id}/goals[/{id}[/contribute|/withdraw]]`` and ``/api/goals/{id}[/progress|/amount]``. */
        post: operations["api_users_goals_contribute_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{user_id}/goals/{goal_id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Take coins back out of one's goal into the balance (the opposite of ``contribute``). */
        post: operations["api_users_goals_withdraw_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{user_id}/transactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A child's ledger: a bare array, newest first (``?envelope=true`` for totals). */
        get: operations["api_users_transactions_retrieve"];
        put?: never;
        /** @description A child's ledger: a bare array, newest first (``?envelope=true`` for totals). */
        post: operations["api_users_transactions_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/children/{child_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** @description An authenticated endpoint that composes reads of its own. */
        put: operations["api_users_children_update"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description An authenticated endpoint that composes reads of its own. */
        get: operations["api_users_me_retrieve"];
        /** @description An authenticated endpoint that composes reads of its own. */
        put: operations["api_users_me_update"];
        post?: never;
        /** @description ``me`` is the caller's id here too (§0.6): deleting an account stays an operator's act. */
        delete: operations["api_users_me_destroy"];
        options?: never;
        head?: never;
        /** @description An authenticated endpoint that composes reads of its own. */
        patch: operations["api_users_me_partial_update"];
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Load balancers poll this: 200 when the database answers, 503 when it does not. */
        get: operations["health_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description An award (a ``recent_achievements`` row). */
        Achievement: {
            /** Format: uuid */
            id: string;
            title: string;
            description: string;
            icon: string | null;
            rarity: components["schemas"]["RarityEnum"];
            points_reward: number;
            /** Format: date-time */
            earned_at: string;
        };
        /** @description An award as the children's dashboards show it. */
        AchievementCard: {
            /** Format: uuid */
            id: string;
            title: string;
            description: string;
            icon: string | null;
            rarity: string;
            points_reward: number;
            /** Format: date-time */
            earned_at: string;
            /** @description The rarity */
            badge: string;
            coins: number;
            /** @description "Mar 05" */
            readonly date: string;
            readonly colorScheme: string;
        };
        AddStudentInRequest: {
            /** Format: email */
            email?: string;
            /** Format: uuid */
            student_id?: string;
        };
        /** @description An ``adventures_for`` row: a module to play. */
        Adventure: {
            /**
             * Format: uuid
             * @description A module id
             */
            id: string;
            title: string;
            description: string;
            readonly emoji: string;
            difficulty: components["schemas"]["DifficultyEnum"];
            coins: number;
            completed: boolean;
            readonly colorScheme: string;
            readonly buttonText: string;
        };
        Allowance: {
            /** Format: uuid */
            readonly id: string;
            /** Format: uuid */
            child_id: string;
            amount: number;
            kind?: components["schemas"]["KindEnum"];
            /**
             * @description 0 = Monday ... 6 = Sunday
             * @default 5
             */
            weekday: number;
            /** @default 1 */
            day_of_month: number;
            /** Format: date */
            start_date: string;
            gate?: components["schemas"]["GateEnum"];
            /** @default true */
            active: boolean;
            /** Format: date-time */
            readonly created_at: string;
        };
        AllowanceRequest: {
            /** Format: uuid */
            child_id: string;
            amount: number;
            kind?: components["schemas"]["KindEnum"];
            /**
             * @description 0 = Monday ... 6 = Sunday
             * @default 5
             */
            weekday: number;
            /** @default 1 */
            day_of_month: number;
            /** Format: date */
            start_date: string;
            gate?: components["schemas"]["GateEnum"];
            /** @default true */
            active: boolean;
        };
        AmountInRequest: {
            amount: number;
        };
        AssignInRequest: {
            /** Format: uuid */
            class_id: string;
            /** Format: date-time */
            due_date?: string | null;
        };
        AuthResponse: {
            access_token: string;
            token_type: string;
            refresh_token: string;
            user: components["schemas"]["UserRead"];
            /** @description The time zone (an IANA name) the signed-in person's days follow: its family's for a child or a parent, its own for a teacher. The app reads every day it shows on it. */
            time_zone: string;
        };
        /** @enum {unknown} */
        BlankEnum: "";
        /** @description The teen's 20 latest ledger entries, sorted into the three categories. */
        BudgetBuckets: {
            saving: components["schemas"]["LedgerLine"][];
            spending: components["schemas"]["LedgerLine"][];
            wants: components["schemas"]["LedgerLine"][];
        };
        /**
         * @description A category of the teen's budget, with the two figures the view sets on it (``budget_amount``,
         *     ``spent_amount``).
         */
        BudgetCategory: {
            /** Format: uuid */
            id: string;
            /** @description saving, spending or wants */
            name: string;
            budget_amount: number;
            percentage: number;
            /** @description Coins that left the balance in the last 30 days (adjustments aside), in the category the entry names; else coins moved into goals are saving, the rest (shop, conversions) spending. */
            spent_amount: number;
            icon: string;
            color: string;
        };
        BudgetInRequest: {
            /** @default 40 */
            saving: number;
            /** @default 35 */
            spending: number;
            /** @default 25 */
            wants: number;
        };
        BudgetOverview: {
            total_coins: number;
            /** @description Coins per category */
            allocations: components["schemas"]["BudgetSplit"];
            /** @description Percent per category */
            percentages: components["schemas"]["BudgetSplit"];
        };
        /** @description A figure per budget category (the teen always has all three). */
        BudgetSplit: {
            saving: number;
            spending: number;
            wants: number;
        };
        /**
         * @description * `saving` - Saving
         *     * `spending` - Spending
         *     * `wants` - Wants
         * @enum {string}
         */
        CategoryEnum: "saving" | "spending" | "wants";
        ChildActivityCard: {
            /**
             * Format: uuid
             * @description A module id
             */
            id: string;
            name: string;
            description: string;
            coins: number;
            /** @description Minutes */
            duration: number | null;
            difficulty: components["schemas"]["DifficultyEnum"];
            completed: boolean;
            /** @description A Remix icon class, `ri-{category}-line`. */
            readonly icon: string;
        };
        ChildAssignedModule: {
            /**
             * Format: uuid
             * @description The module's id
             */
            id: string;
            title: string;
            description: string;
            difficulty: components["schemas"]["DifficultyEnum"];
            /** @description Minutes (15 when the module sets none) */
            duration: number;
            category: string;
            /** Format: date-time */
            assigned_at: string | null;
            /** Format: date-time */
            due_date: string | null;
            status: string;
            /** Format: uuid */
            assigned_by: string | null;
            /**
             * Format: double
             * @description Percent
             */
            progress: number;
            /** @description Its due date has passed (and it is not completed). */
            overdue: boolean;
        };
        ChildBrief: {
            /** Format: uuid */
            id: string;
            name: string;
            avatar_url: string | null;
            age: number | null;
        };
        /** @description The child's balance, level, XP and streak (``{"id", "name", "avatar", "coins", **progress_of()}``). */
        ChildCard: {
            level: number;
            xp: number;
            xp_for_next_level: number;
            /**
             * Format: double
             * @description Percent of the way to the next level
             */
            level_progress: number;
            streak_days: number;
            /** @description The parent paused the streak for a holiday that includes today: missed days do not break it. */
            streak_paused: boolean;
            /**
             * Format: date
             * @description The pause's last day; null when not paused today.
             */
            streak_paused_until: string | null;
            /** Format: uuid */
            id: string;
            name: string;
            avatar: string | null;
            coins: number;
        };
        /** @description A class as joining it answers, read with its teacher's name (``classroom.selectors.classes_of``). */
        ChildClass: {
            /** Format: uuid */
            id: string;
            name: string;
            description: string;
            class_code: string;
            teacher_name: string;
        };
        /** @description ``POST /api/users/{parent_id}/children``: the parent chooses the login. */
        ChildCreateInRequest: {
            /** Format: email */
            email: string;
            password: string;
            name: string;
            avatar_url?: (string) | null;
            /** @default 10 */
            age: number;
        };
        ChildCreated: {
            success: boolean;
            message: string;
            child: components["schemas"]["UserRead"];
            password: string;
            age: number;
        };
        ChildDashboard: {
            child: components["schemas"]["ChildCard"];
            /** @description The family's time zone (an IANA name): the days the app shows are read on it, as the server counts them. */
            time_zone: string;
            /** @description The goal cards: the 4 oldest open goals. */
            todays_goals: components["schemas"]["HomeGoalCard"][];
            /** @description Chores to do (pending, in progress or sent back), soonest due first, then newest; at most 10. */
            chores: components["schemas"]["Chore"][];
            /** @description Lessons assigned to the child and not completed yet (started ones included), soonest due first; at most 10. */
            assigned_lessons: components["schemas"]["ChildAssignedModule"][];
            /** @description The lesson the child opened on its own and has not completed, the latest it worked on; null without one. */
            keep_going: components["schemas"]["LessonToResume"] | null;
            adventures: components["schemas"]["Adventure"][];
            achievements: components["schemas"]["AchievementCard"][];
            learning_journey: components["schemas"]["JourneyStep"][];
            daily_goals: components["schemas"]["DailyGoal"][];
            stats: components["schemas"]["ChildDashboardStats"];
        };
        ChildDashboardStats: {
            /** @description Active goals */
            total_goals: number;
            /** @description At most 5 */
            completed_goals: number;
            total_coins: number;
            streak_days: number;
            level: number;
            xp: number;
        };
        /** @description Everything CoinCraft stores about a child. */
        ChildData: {
            account: components["schemas"]["ExportAccount"];
            profile: components["schemas"]["ExportChildProfile"] | null;
            transactions: components["schemas"]["ExportTransaction"][];
            goals: components["schemas"]["ExportGoal"][];
            tasks: components["schemas"]["ExportTask"][];
            purchase_requests: components["schemas"]["ExportPurchaseRequest"][];
            owned_items: components["schemas"]["ExportOwnedItem"][];
            redemption_requests: components["schemas"]["ExportRedemptionRequest"][];
            budget: components["schemas"]["ExportBudgetCategory"][];
            allowances: components["schemas"]["ExportAllowanceSchedule"][];
            recurring_chores: components["schemas"]["ExportRecurringChore"][];
            interest: components["schemas"]["ExportInterestSetting"][];
            module_progress: components["schemas"]["ExportModuleProgress"][];
            games: components["schemas"]["ExportGame"][];
            achievements: components["schemas"]["ExportAchievement"][];
            classes: components["schemas"]["ExportClass"][];
            class_invitations: components["schemas"]["ExportInvitation"][];
        };
        /** @description A goal as the child's screens name it. */
        ChildGoal: {
            /** Format: uuid */
            id: string;
            name: string;
            targetAmount: number;
            currentAmount: number;
            icon: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        /** @description A goal as the child's screens show it, at the child's pace (``context=goal_context(child)``). */
        ChildGoalCard: {
            /** @description Coins still missing: target - current, at least 0. */
            coins_to_go: number;
            /** @description The owner's coins earned per week over the last 4 weeks (chores, games, lessons, bonuses, achievements; not pocket money, interest, adjustments or refunds), rounded. */
            earned_per_week: number;
            /** @description Days to the target at the owner's pace: 0 when complete; null when nothing was earned in the last 4 weeks; otherwise ceil(coins_to_go / (coins earned in those 4 weeks / 28)). */
            days_to_goal: number | null;
            /** @description coins_to_go in the owner's typical chore ("= 3 times Tidy your room"); null without a chore with a reward. */
            price_in_chores: components["schemas"]["ChorePrice"] | null;
            /** Format: uuid */
            id: string;
            name: string;
            targetAmount: number;
            currentAmount: number;
            icon: string | null;
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: double
             * @description 0-100, one decimal.
             */
            progress_percentage: number;
            is_completed: boolean;
        };
        ChildGoalCreateInRequest: {
            name: string;
            targetAmount: number;
            description?: (string) | null;
            icon?: (string) | null;
            color?: (string) | null;
        };
        ChildGoalCreated: {
            message: string;
            goal: components["schemas"]["ChildGoal"];
        };
        ChildGoalProgress: {
            message: string;
            goal: components["schemas"]["ChildGoalProgressGoal"];
            /** @description The child's balance after the contribution. */
            coins_remaining: number;
        };
        ChildGoalProgressGoal: {
            /** Format: uuid */
            id: string;
            name: string;
            targetAmount: number;
            currentAmount: number;
            is_completed: boolean;
        };
        /** @description A body with a ``class`` key ("class" is a Python keyword, so not a class attribute). */
        ChildInvitation: {
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            invited_at: string;
            status: components["schemas"]["ChildInvitationStatusEnum"];
            /** @description False when the child has a parent, who answers instead. */
            can_answer: boolean;
            class: components["schemas"]["InvitationClass"];
        };
        /**
         * @description * `pending` - pending
         * @enum {string}
         */
        ChildInvitationStatusEnum: "pending";
        ChildMe: {
            /** @description Balance, level, XP and streak, as on the home screen. */
            profile: components["schemas"]["ChildCard"];
            /** @description Every achievement: the earned ones first, newest first, then the others. */
            achievements: components["schemas"]["ChildMeAchievement"][];
            /** @description The classes the child is in, in the order it joined. */
            classes: components["schemas"]["ChildClass"][];
            conversions: components["schemas"]["ChildMeConversions"];
            /** @description The pocket money and interest its parent set up for it. */
            family_bank: components["schemas"]["FamilyBank"];
        };
        /** @description An achievement of the catalogue, earned or not yet (an ``achievements_of`` row). */
        ChildMeAchievement: {
            /** Format: uuid */
            id: string;
            title: string;
            description: string;
            icon: string | null;
            rarity: string;
            /** @description Coins it pays when earned. */
            points_reward: number;
            /**
             * Format: date-time
             * @description Null until earned.
             */
            earned_at: string | null;
            readonly earned: boolean;
        };
        ChildMeConversions: {
            /**
             * Format: double
             * @description Money per coin at the parent's rate, which a new request uses; null when the child has no parent to convert coins with.
             */
            exchange_rate: number | null;
            /** @description The family's currency, which a new request is priced in (an ISO 4217 code; empty when it named none); null without a parent. */
            currency: string | null;
            /** @description Requests waiting for the parent, newest first (`child` is null). */
            pending: components["schemas"]["RedemptionRead"][];
            /** @description Requests the parent said no to in the last 30 days, newest answer first, at most 5, each with the parent's `rejection_reason` (`child` is null). */
            declined: components["schemas"]["RedemptionRead"][];
        };
        /** @description A module's sections and quiz (``{"module", "sections", "quiz", "progress"}``). */
        ChildModuleContent: {
            /** Format: uuid */
            module_id: string;
            title: string;
            description: string;
            /** @description Coins a first pass of the quiz pays at 100% */
            points_reward: number;
            sections: components["schemas"]["ChildModuleSection"][];
            quiz: components["schemas"]["ChildQuizQuestion"][];
            /** @description The calling child's progress on the module. */
            progress: components["schemas"]["ChildModuleReaderProgress"];
        };
        ChildModuleProgressResult: {
            message: string;
            /** @description assigned, in_progress or completed */
            status: string;
            /** Format: double */
            score: number | null;
            completed: boolean;
            coins_earned: number;
        };
        /** @description A child's progress on a module (its ``UserModuleProgress``). */
        ChildModuleReaderProgress: {
            /** @description assigned, in_progress or completed */
            status: string;
            /** Format: double */
            readonly progress_percentage: number;
            readonly is_completed: boolean;
            /** Format: double */
            readonly score: number | null;
            /** @description Coins the completion paid (0 until then). */
            readonly coins_earned: number;
            /**
             * Format: date-time
             * @description The assignment's due date, if any.
             */
            readonly due_date: string | null;
        };
        ChildModuleSection: {
            /** Format: uuid */
            id: string;
            title: string;
            content: string;
            type: components["schemas"]["SectionTypeEnum"];
            /** @description The stored text, "5 min" when none. */
            duration: string;
            order_index: number;
        };
        ChildProfileRead: {
            /** Format: uuid */
            readonly id: string;
            readonly age: number | null;
            readonly coins: number;
            readonly level: number;
            readonly xp: number;
            readonly streak_days: number;
            /** Format: date-time */
            readonly last_activity_date: string | null;
            /** Format: uuid */
            readonly parent_id: string | null;
        };
        ChildProfileUpdateInRequest: {
            age?: number;
            coins?: number;
        };
        /** @description Rendered with ``context=goal_context(child)``. */
        ChildProgress: {
            child: components["schemas"]["ProgressChild"];
            stats: components["schemas"]["ProgressStats"];
            recent_activities: components["schemas"]["ProgressActivity"][];
            active_goals: components["schemas"]["ProgressGoal"][];
            completed_goals: components["schemas"]["GoalRead"][];
            recent_achievements: components["schemas"]["Achievement"][];
            /** @description The same list as recent_achievements. */
            achievements: components["schemas"]["Achievement"][];
            learning_modules: components["schemas"]["ProgressModule"][];
            /** @description As asked: week, month or quarter (anything else means a year). */
            timeframe: string;
        };
        ChildQuizOption: {
            /** Format: uuid */
            id: string;
            text: string;
            /** @description The app grades locally too (API.md D-16.7). */
            isCorrect: boolean;
            order_index: number;
        };
        ChildQuizQuestion: {
            /** Format: uuid */
            id: string;
            question: string;
            explanation: string;
            points: number;
            order_index: number;
            /** @description A "pick all that are right" question (checkboxes): its kind is "multiple". Otherwise exactly one option is correct. */
            multiple: boolean;
            options: components["schemas"]["ChildQuizOption"][];
        };
        ChildQuizQuestionResult: {
            /** Format: uuid */
            question_id: string;
            correct: boolean;
            explanation: string | null;
            /** @description Option ids, sorted. */
            correct_options: string[];
        };
        ChildQuizResult: {
            /**
             * Format: double
             * @description Percent of the quiz's points
             */
            score: number;
            passed: boolean;
            results: components["schemas"]["ChildQuizQuestionResult"][];
            coins_earned: number;
            /** @description This pass completed the module for the first time. */
            first_completion: boolean;
            /** @description XP this pass gave (0 when failed or already completed). */
            xp_earned: number;
            /** @description The child's balance afterwards. */
            total_coins: number;
        };
        /** @description Rendered with ``context=goal_context(child)``. */
        ChildRoleDashboard: {
            user: components["schemas"]["UserRead"];
            stats: components["schemas"]["DashboardStats"];
            active_goals: components["schemas"]["GoalRead"][];
            pending_tasks: components["schemas"]["TaskRead"][];
            recent_transactions: components["schemas"]["TransactionRead"][];
            achievements: components["schemas"]["Achievement"][];
            /** @description The legacy name of `stats` */
            user_stats: components["schemas"]["DashboardStats"];
            /** @description Legacy; always empty. */
            learning_modules: components["schemas"]["LearningModule"][];
        };
        ChildStats: {
            profile: components["schemas"]["ChildStatsProfile"];
            goals: components["schemas"]["ChildStatsGoals"];
            activities: components["schemas"]["ChildStatsActivities"];
            transactions: components["schemas"]["ChildStatsMoney"];
        };
        ChildStatsActivities: {
            /** @description Completed modules */
            completed: number;
            /** @description Published modules */
            total_available: number;
        };
        ChildStatsGoals: {
            active: number;
            completed: number;
            total: number;
        };
        /** @description ``money_totals`` (earned, spent). */
        ChildStatsMoney: {
            total_earned: number;
            total_spent: number;
            readonly net_balance: number;
        };
        /** @description Level, XP and how far to the next level (``progress_of``). */
        ChildStatsProfile: {
            level: number;
            xp: number;
            xp_for_next_level: number;
            /**
             * Format: double
             * @description Percent of the way to the next level
             */
            level_progress: number;
            streak_days: number;
            /** @description The parent paused the streak for a holiday that includes today: missed days do not break it. */
            streak_paused: boolean;
            /**
             * Format: date
             * @description The pause's last day; null when not paused today.
             */
            streak_paused_until: string | null;
            coins: number;
        };
        ChildSummary: {
            /** Format: uuid */
            readonly id: string;
            /** Format: email */
            readonly email: string;
            readonly is_active: boolean;
            /** @description An operator of the platform. */
            readonly is_superuser: boolean;
            readonly is_verified: boolean;
            readonly name: string;
            readonly role: components["schemas"]["RoleEnum"];
            readonly avatar_url: string | null;
            /** Format: date-time */
            readonly created_at: string;
            /** Format: date-time */
            readonly updated_at: string;
            readonly age: number | null;
            readonly coins: number;
            readonly level: number;
            /** @description The streak as it reads today (0 once a day was missed), as everywhere else. */
            readonly streak_days: number;
        };
        /** @description A ``chores_to_do`` row: a chore still to do (its people's ids under their own names). */
        Chore: {
            /** Format: uuid */
            readonly id: string;
            readonly title: string;
            readonly description: string | null;
            readonly coins_reward: number;
            /** Format: date-time */
            readonly due_date: string | null;
            readonly requires_approval: boolean;
            /** Format: uuid */
            readonly assigned_by: string;
            /** Format: uuid */
            readonly assigned_to: string;
            readonly status: components["schemas"]["TaskStatusEnum"];
            /** Format: date-time */
            readonly completed_at: string | null;
            /** Format: date-time */
            readonly approved_at: string | null;
            /** Format: date-time */
            readonly created_at: string;
            /** Format: date-time */
            readonly updated_at: string;
            /** @description What the parent said when it last rejected the chore (the child reads it in the app); null when it never did or gave no reason. */
            readonly rejection_reason: string | null;
            /** @description Its due date has passed. */
            readonly overdue: boolean;
        };
        /** @description A number of coins in the child's typical chore. */
        ChorePrice: {
            /** @description ceil(coins / reward); 0 for nothing. */
            times: number;
            /** @description The child's typical chore: the one paid most often in the last 30 days (ties: the latest), else its newest chore not paid yet. */
            chore: string;
            /** @description The coins the chore pays. */
            reward: number;
        };
        ClassCreateInRequest: {
            name: string;
            description?: (string) | null;
            grade?: string;
            grade_level?: string;
            student_ids?: string[];
        };
        ClassUpdateInRequest: {
            name?: string;
            description?: (string) | null;
            grade?: string;
            grade_level?: string;
            is_active?: boolean;
        };
        /**
         * @description ClassRead (API.md §1) with the aliases the app reads: one of the caller's classes, rendered from
         *     its ``selectors.ClassOverview``.
         */
        Classroom: {
            /** Format: uuid */
            id: string;
            name: string;
            description: string;
            /**
             * Format: uuid
             * @description The TeacherProfile id, not the teacher's user id.
             */
            teacher_id: string;
            /** @description 6 characters, [A-Z0-9]. */
            class_code: string;
            grade: string;
            is_active: boolean;
            /** Format: date-time */
            created_at: string;
            students_count: number;
            /** @description Alias of students_count. */
            student_count: number;
            /**
             * Format: double
             * @description Mean of the students' performances, 1 decimal.
             */
            average_performance: number;
            /**
             * Format: double
             * @description Alias of average_performance.
             */
            avg_performance: number;
            students_needing_support: number;
        };
        /** @description A body with a ``class`` key ("class" is a Python keyword, so not a class attribute). */
        ClassroomJoined: {
            message: string;
            class: components["schemas"]["ClassroomJoinedClass"];
        };
        ClassroomJoinedClass: {
            /** Format: uuid */
            id: string;
            name: string;
            description: string;
            class_code: string;
            teacher_name: string;
        };
        /** @description Where a student stands in one module. */
        ClassroomModuleProgress: {
            completed: boolean;
            /** Format: double */
            score: number | null;
            /** @description Minutes. */
            time_spent: number;
            status: string;
        };
        /**
         * @description A student of one of the caller's classes (with ``enrolled_at``) and its performance (``perf``,
         *     a ``selectors.StudentPerformance``): StudentRead, API.md §1.
         */
        ClassroomStudentRead: {
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description Same as id.
             */
            user_id: string;
            name: string;
            /** Format: email */
            email: string;
            /** @description younger_child or older_child. */
            role: string;
            avatar: string | null;
            /** @description Same as avatar. */
            avatar_url: string | null;
            age: number | null;
            level: number;
            /** Format: date-time */
            enrolled_at: string;
            /**
             * Format: double
             * @description Mean score of the completed modules (0 with none).
             */
            performance_score: number;
            needs_support: boolean;
            /** Format: date-time */
            last_activity_date: string | null;
            modules_completed: number;
            /** @description Minutes. */
            total_time_spent: number;
            /** @description Always empty here. */
            readonly progress: {
                [key: string]: components["schemas"]["ClassroomModuleProgress"];
            };
        };
        CoinsInRequest: {
            coins: number;
        };
        CompletionInRequest: {
            /** @default true */
            is_completed: boolean;
            /**
             * Format: double
             * @description 0 or more; a score above 100 counts as 100.
             * @default 100
             */
            score: number;
            /** @default 0 */
            time_spent: number;
        };
        /**
         * @description * `` - None (plain numbers)
         *     * `USD` - US dollar (USD)
         *     * `EUR` - Euro (EUR)
         *     * `GBP` - Pound sterling (GBP)
         *     * `CAD` - Canadian dollar (CAD)
         *     * `AUD` - Australian dollar (AUD)
         *     * `NZD` - New Zealand dollar (NZD)
         *     * `CHF` - Swiss franc (CHF)
         *     * `SEK` - Swedish krona (SEK)
         *     * `NOK` - Norwegian krone (NOK)
         *     * `DKK` - Danish krone (DKK)
         *     * `PLN` - Polish złoty (PLN)
         *     * `INR` - Indian rupee (INR)
         *     * `ZAR` - South African rand (ZAR)
         *     * `SGD` - Singapore dollar (SGD)
         *     * `HKD` - Hong Kong dollar (HKD)
         *     * `MXN` - Mexican peso (MXN)
         *     * `BRL` - Brazilian real (BRL)
         * @enum {string}
         */
        CurrencyEnum: "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "NZD" | "CHF" | "SEK" | "NOK" | "DKK" | "PLN" | "INR" | "ZAR" | "SGD" | "HKD" | "MXN" | "BRL";
        /** @description One of today's four goals (lessons, coins, games, practice). */
        DailyGoal: {
            id: string;
            title: string;
            current: number;
            total: number;
            icon: string;
            color_scheme: string;
        };
        DailyGoalTick: {
            /** @description The goal id, echoed */
            id: string;
            current: number;
            is_completed: boolean;
            coins_earned: number;
        };
        /** @description A child's figures on its role dashboard; on the parent's, its children's together. */
        DashboardStats: {
            /** @description The balance (the children's balances added up). */
            total_coins: number;
            /** @description The level (the highest among the children, 1 without any). */
            level: number;
            /** @description The current streak (the longest among the children). */
            streak_days: number;
            /** @description Goals not completed. */
            goals_count: number;
            /** @description Tasks completed, awaiting approval (the children's, in the last 30 days). */
            completed_tasks: number;
        };
        /**
         * @description * `pending` - Pending
         *     * `approved` - Approved
         *     * `rejected` - Rejected
         * @enum {string}
         */
        DecisionStatusEnum: "pending" | "approved" | "rejected";
        /**
         * @description * `easy` - Easy
         *     * `medium` - Medium
         *     * `hard` - Hard
         * @enum {string}
         */
        DifficultyEnum: "easy" | "medium" | "hard";
        /**
         * @description * `easy` - easy
         *     * `medium` - medium
         *     * `hard` - hard
         *     * `beginner` - beginner
         *     * `intermediate` - intermediate
         *     * `advanced` - advanced
         * @enum {string}
         */
        DifficultyInputEnum: "easy" | "medium" | "hard" | "beginner" | "intermediate" | "advanced";
        EmailInRequest: {
            email: string;
        };
        /**
         * @description * `earned` - Earned
         *     * `pocket_money` - Pocket money
         *     * `interest` - Interest
         *     * `came_back` - Came back
         *     * `changed_by_parent` - Changed by a parent
         *     * `spent` - Spent
         *     * `given` - Given
         *     * `saved` - Saved
         *     * `from_goal` - Back from a goal
         *     * `note` - Note
         * @enum {string}
         */
        EntryKindEnum: "earned" | "pocket_money" | "interest" | "came_back" | "changed_by_parent" | "spent" | "given" | "saved" | "from_goal" | "note";
        /** @description The one error body of the API (``coincraft.exceptions``). */
        Error: {
            /** @description A sentence the app can show; names the first field at fault. */
            detail: string;
            /** @description Validation errors only: field name -> messages. */
            errors?: {
                [key: string]: string[];
            };
        };
        ExportAccount: {
            /** Format: uuid */
            readonly id: string;
            /** Format: email */
            email: string;
            name: string;
            role: components["schemas"]["RoleEnum"];
            avatar_url?: string | null;
            is_active?: boolean;
            /** Format: date-time */
            readonly created_at: string;
        };
        ExportAchievement: {
            /** @description The achievement's title. */
            achievement: string;
            /** Format: date-time */
            earned_at: string;
        };
        ExportAllowanceSchedule: {
            /** Format: uuid */
            readonly id: string;
            /** Format: date-time */
            readonly created_at: string;
            /** Format: int64 */
            amount: number;
            kind?: components["schemas"]["KindEnum"];
            /**
             * @description Payday of a weekly or two-weekly allowance.
             *
             *     * `0` - Monday
             *     * `1` - Tuesday
             *     * `2` - Wednesday
             *     * `3` - Thursday
             *     * `4` - Friday
             *     * `5` - Saturday
             *     * `6` - Sunday
             */
            weekday?: components["schemas"]["WeekdayEnum"];
            /**
             * Format: int64
             * @description Payday of a monthly allowance: 1 to 28.
             */
            day_of_month?: number;
            /** Format: date */
            start_date: string;
            gate?: components["schemas"]["GateEnum"];
            active?: boolean;
            /** Format: uuid */
            child: string;
            /** Format: uuid */
            created_by?: string | null;
        };
        ExportBudgetCategory: {
            /** Format: uuid */
            readonly id: string;
            /** @description saving, spending or wants */
            name: string;
            /** Format: date-time */
            readonly created_at: string;
            /** Format: int64 */
            percentage: number;
            icon?: string;
            color?: string;
            /** Format: uuid */
            user: string;
        };
        ExportChildProfile: {
            /** Format: int64 */
            age?: number | null;
            /** Format: int64 */
            coins?: number;
            /** Format: int64 */
            level?: number;
            /** Format: int64 */
            xp?: number;
            /** Format: int64 */
            streak_days?: number;
            /** Format: date-time */
            last_activity_date?: string | null;
            /**
             * Format: int64
             * @description Coins earned, as achievements count them
             */
            coins_earned?: number;
            /**
             * Format: int64
             * @description Gifts and donations made
             */
            gifts_given?: number;
            /** Format: date */
            streak_paused_from?: string | null;
            /** Format: date */
            streak_paused_until?: string | null;
            /** @description The family's time zone: the child's days follow it. */
            readonly time_zone: string;
            /** Format: uuid */
            user: string;
            /** Format: uuid */
            parent?: string | null;
        };
        /** @description A class the child is (or was) enrolled in. */
        ExportClass: {
            /** @description The class's name. */
            class: string;
            /** @description The teacher's name. */
            teacher: string;
            /** Format: date-time */
            since: string;
        };
        ExportGame: {
            /** @description The game's title. */
            activity: string;
            /** Format: date-time */
            completed_at: string;
        };
        ExportGoal: {
            /** Format: uuid */
            readonly id: string;
            /** Format: date-time */
            readonly created_at: string;
            title: string;
            description?: string | null;
            /** Format: int64 */
            target_amount: number;
            /** Format: int64 */
            current_amount?: number;
            icon?: string | null;
            color?: string | null;
            category?: components["schemas"]["CategoryEnum"];
            /** Format: date-time */
            deadline?: string | null;
            is_completed?: boolean;
            /** Format: date-time */
            completed_at?: string | null;
            /** Format: uuid */
            user: string;
        };
        ExportInterestSetting: {
            /** Format: uuid */
            readonly id: string;
            /** Format: date-time */
            readonly created_at: string;
            /**
             * Interest (%)
             * Format: decimal
             * @description The share of the coins kept in goals that is paid each period: 5 pays 5 coins for every 100 saved. Above 0, at most 20.
             */
            rate_percent: string;
            period?: components["schemas"]["PeriodEnum"];
            /**
             * Format: int64
             * @description Interest never pays more than this many coins in one period, however much is saved.
             */
            cap?: number;
            /** Format: date */
            start_date: string;
            active?: boolean;
            /** Format: uuid */
            child: string;
            /** Format: uuid */
            created_by?: string | null;
        };
        /** @description A teacher's invitation of the child into a class, and the family's answer. */
        ExportInvitation: {
            /** @description The class's name. */
            class: string;
            /** @description The teacher's name. */
            teacher: string;
            /** Format: date-time */
            invited_at: string;
            status: components["schemas"]["ExportInvitationStatusEnum"];
            /** Format: date-time */
            decided_at: string | null;
        };
        /**
         * @description * `pending` - pending
         *     * `accepted` - accepted
         *     * `declined` - declined
         * @enum {string}
         */
        ExportInvitationStatusEnum: "pending" | "accepted" | "declined";
        ExportModuleProgress: {
            /** @description The module's title. */
            module: string;
            status: components["schemas"]["ExportModuleProgressStatusEnum"];
            /** Format: double */
            score: number | null;
            /** @description Minutes. */
            time_spent: number;
            /** Format: date-time */
            completed_at: string | null;
        };
        /**
         * @description * `assigned` - Assigned
         *     * `in_progress` - In progress
         *     * `completed` - Completed
         * @enum {string}
         */
        ExportModuleProgressStatusEnum: "assigned" | "in_progress" | "completed";
        ExportOwnedItem: {
            /** @description The item's name. */
            item: string;
            /** Format: date-time */
            since: string;
        };
        ExportPurchaseRequest: {
            /** Format: uuid */
            readonly id: string;
            /** Format: date-time */
            readonly created_at: string;
            /** Format: int64 */
            price: number;
            /** @default pending */
            status: components["schemas"]["DecisionStatusEnum"];
            /** Format: date-time */
            approved_at?: string | null;
            auto_approved?: boolean;
            /** @description What the parent said when it rejected the request (the child reads it in the app); null unless rejected with a reason. */
            rejection_reason?: string | null;
            /** Format: uuid */
            user: string;
            /** Format: uuid */
            item: string;
            /** Format: uuid */
            approved_by?: string | null;
        };
        ExportRecurringChore: {
            /** Format: uuid */
            readonly id: string;
            /** @description As stored: comma-separated weekdays, "0,2,4" (0 = Monday). */
            days_of_week: string;
            /** Format: date-time */
            readonly created_at: string;
            title: string;
            description?: string | null;
            /** Format: int64 */
            coins_reward: number;
            repeat?: components["schemas"]["RepeatEnum"];
            /**
             * Format: int64
             * @description For a chore repeating every N days: N.
             */
            every_n_days?: number;
            /**
             * Format: int64
             * @description For a chore due once a month: 1 to 28.
             */
            day_of_month?: number;
            /** Format: date */
            start_date: string;
            active?: boolean;
            /** Format: uuid */
            child: string;
            /** Format: uuid */
            created_by?: string | null;
        };
        ExportRedemptionRequest: {
            /** Format: uuid */
            readonly id: string;
            /** Format: date-time */
            readonly created_at: string;
            /** Format: int64 */
            coins_amount: number;
            /** Format: decimal */
            exchange_rate: string;
            /** Format: decimal */
            cash_amount: string;
            currency?: components["schemas"]["CurrencyEnum"] | components["schemas"]["BlankEnum"];
            description?: string | null;
            status?: components["schemas"]["DecisionStatusEnum"];
            /** Format: date-time */
            approved_at?: string | null;
            /** @description What the parent said when it rejected the request (the child reads it in the app); null unless rejected with a reason. */
            rejection_reason?: string | null;
            /** Format: uuid */
            user: string;
            /** Format: uuid */
            approved_by?: string | null;
        };
        ExportTask: {
            /** Format: uuid */
            readonly id: string;
            /** Format: date-time */
            readonly created_at: string;
            title: string;
            description?: string | null;
            /** Format: int64 */
            coins_reward: number;
            /** Format: date-time */
            due_date?: string | null;
            status?: components["schemas"]["TaskStatusEnum"];
            requires_approval?: boolean;
            /** Format: date-time */
            completed_at?: string | null;
            /** Format: date-time */
            approved_at?: string | null;
            /** Format: date-time */
            rejected_at?: string | null;
            /** @description What the parent said when it last rejected the chore (the child reads it in the app); null when it never did or gave no reason. */
            rejection_reason?: string | null;
            /** Format: uuid */
            assigned_by: string;
            /** Format: uuid */
            assigned_to: string;
        };
        ExportTransaction: {
            /** Format: uuid */
            readonly id: string;
            /** Format: date-time */
            readonly created_at: string;
            type: components["schemas"]["TransactionTypeEnum"];
            /** Format: int64 */
            amount: number;
            /** Format: int64 */
            delta: number;
            /** Format: int64 */
            balance_after: number;
            description: string;
            category?: string | null;
            source?: string | null;
            reference_type?: string | null;
            reference_id?: string | null;
            /** Format: uuid */
            user: string;
            /** Format: uuid */
            actor?: string | null;
        };
        /** @description What the family bank pays the child (``economy.selectors.bank_plans_of``). */
        FamilyBank: {
            /** @description Active allowances, oldest first; empty without one. */
            allowances: components["schemas"]["FamilyBankAllowance"][];
            /** @description Null without interest set up. */
            interest: components["schemas"]["FamilyBankInterest"] | null;
        };
        /** @description Pocket money a parent pays on a schedule, as its child reads it. */
        FamilyBankAllowance: {
            readonly amount: number;
            readonly kind: components["schemas"]["KindEnum"];
            /**
             * @description Payday of a weekly or two-weekly allowance: 0 is Monday, 6 Sunday.
             *
             *     * `0` - Monday
             *     * `1` - Tuesday
             *     * `2` - Wednesday
             *     * `3` - Thursday
             *     * `4` - Friday
             *     * `5` - Saturday
             *     * `6` - Sunday
             */
            readonly weekday: components["schemas"]["WeekdayEnum"];
            /** @description Payday of a monthly allowance: 1 to 28. */
            readonly day_of_month: number;
            readonly gate: components["schemas"]["GateEnum"];
            /**
             * Format: date
             * @description The next payday whose coins are not paid yet, from today on the family's clock; null when the first payday is more than a month away.
             */
            next_payday: string | null;
        };
        /** @description Interest a parent pays on the coins kept in goals, as its child reads it. */
        FamilyBankInterest: {
            /**
             * Format: double
             * @description Percent of the coins in goals paid each period.
             */
            rate_percent: number;
            readonly period: components["schemas"]["PeriodEnum"];
            /** @description Interest never pays more than this many coins in one period, however much is saved. */
            readonly cap: number;
        };
        /** @description A goal of one of the parent's children. */
        FamilyGoal: {
            /** Format: uuid */
            readonly id: string;
            /** Format: uuid */
            readonly user_id: string;
            readonly title: string;
            readonly description: string | null;
            readonly target_amount: number;
            readonly current_amount: number;
            readonly icon: string | null;
            readonly color: string | null;
            readonly category: components["schemas"]["CategoryEnum"];
            /** Format: date-time */
            readonly deadline: string | null;
            /** @description Null without a deadline. */
            readonly days_remaining: number | null;
            readonly is_completed: boolean;
            /** Format: date-time */
            readonly created_at: string;
            /** Format: date-time */
            readonly updated_at: string;
            readonly targetAmount: number;
            readonly currentAmount: number;
            /** @description Coins still missing: target - current, at least 0. */
            coins_to_go: number;
            /** @description The owner's coins earned per week over the last 4 weeks (chores, games, lessons, bonuses, achievements; not pocket money, interest, adjustments or refunds), rounded. */
            earned_per_week: number;
            /** @description Days to the target at the owner's pace: 0 when complete; null when nothing was earned in the last 4 weeks; otherwise ceil(coins_to_go / (coins earned in those 4 weeks / 28)). */
            days_to_goal: number | null;
            /** @description coins_to_go in the owner's typical chore ("= 3 times Tidy your room"); null without a chore with a reward. */
            price_in_chores: components["schemas"]["ChorePrice"] | null;
            child_name: string;
            /** Format: uuid */
            child_id: string;
        };
        /**
         * @description * `none` - Always pay
         *     * `all` - Only when every chore of the period was approved
         *     * `proportional` - In proportion to the chores approved
         * @enum {string}
         */
        GateEnum: "none" | "all" | "proportional";
        GoalCreateInRequest: {
            title: string;
            description?: (string) | null;
            target_amount: number;
            icon?: (string) | null;
            color?: (string) | null;
            /** Format: date-time */
            deadline?: string | null;
        };
        /** @description Coins moved into or out of a goal: the goal, the entry, the balance after (``context=goal_context``). */
        GoalMoved: {
            goal: components["schemas"]["GoalRead"];
            transaction: components["schemas"]["TransactionRead"];
            new_coin_balance: number;
        };
        /** @description A goal with its outlook at its owner's pace; rendered with ``context=goal_context(owner, ...)``. */
        GoalRead: {
            /** Format: uuid */
            readonly id: string;
            /** Format: uuid */
            readonly user_id: string;
            readonly title: string;
            readonly description: string | null;
            readonly target_amount: number;
            readonly current_amount: number;
            readonly icon: string | null;
            readonly color: string | null;
            readonly category: components["schemas"]["CategoryEnum"];
            /** Format: date-time */
            readonly deadline: string | null;
            /** @description Null without a deadline. */
            readonly days_remaining: number | null;
            readonly is_completed: boolean;
            /** Format: date-time */
            readonly created_at: string;
            /** Format: date-time */
            readonly updated_at: string;
            readonly targetAmount: number;
            readonly currentAmount: number;
            /** @description Coins still missing: target - current, at least 0. */
            coins_to_go: number;
            /** @description The owner's coins earned per week over the last 4 weeks (chores, games, lessons, bonuses, achievements; not pocket money, interest, adjustments or refunds), rounded. */
            earned_per_week: number;
            /** @description Days to the target at the owner's pace: 0 when complete; null when nothing was earned in the last 4 weeks; otherwise ceil(coins_to_go / (coins earned in those 4 weeks / 28)). */
            days_to_goal: number | null;
            /** @description coins_to_go in the owner's typical chore ("= 3 times Tidy your room"); null without a chore with a reward. */
            price_in_chores: components["schemas"]["ChorePrice"] | null;
        };
        GoalUpdateInRequest: {
            title?: string;
            description?: (string) | null;
            target_amount?: number;
            icon?: (string) | null;
            color?: (string) | null;
            /** Format: date-time */
            deadline?: string | null;
            is_completed?: boolean;
        };
        Health: {
            status: string;
            database: string;
        };
        HealthDown: {
            status: string;
            database: string;
            detail: string;
        };
        /** @description An open goal's card (an ``open_goals`` row with its ``goal_outlook``), at the child's pace. */
        HomeGoalCard: {
            /** @description Coins still missing: target - current, at least 0. */
            coins_to_go: number;
            /** @description The owner's coins earned per week over the last 4 weeks (chores, games, lessons, bonuses, achievements; not pocket money, interest, adjustments or refunds), rounded. */
            earned_per_week: number;
            /** @description Days to the target at the owner's pace: 0 when complete; null when nothing was earned in the last 4 weeks; otherwise ceil(coins_to_go / (coins earned in those 4 weeks / 28)). */
            days_to_goal: number | null;
            /** @description coins_to_go in the owner's typical chore ("= 3 times Tidy your room"); null without a chore with a reward. */
            price_in_chores: components["schemas"]["ChorePrice"] | null;
            /** Format: uuid */
            id: string;
            title: string;
            current: number;
            total: number;
            icon: string | null;
            /** Format: date-time */
            deadline: string | null;
            /** @description Whole days from the child's today to the deadline's day on the family's clock, never below 0; null without a deadline (as on the goal routes). */
            days_remaining: number | null;
            readonly colorScheme: string;
        };
        Interest: {
            /** Format: double */
            rate_percent: number;
            period?: components["schemas"]["PeriodEnum"];
            /** @default 50 */
            cap: number;
            /** Format: date */
            start_date: string;
            /** @default true */
            active: boolean;
        };
        InterestRequest: {
            /** Format: double */
            rate_percent: number;
            period?: components["schemas"]["PeriodEnum"];
            /** @default 50 */
            cap: number;
            /** Format: date */
            start_date: string;
            /** @default true */
            active: boolean;
        };
        /** @description A body with a ``class`` key ("class" is a Python keyword, so not a class attribute). */
        InvitationAnswered: {
            message: string;
            status: components["schemas"]["InvitationAnsweredStatusEnum"];
            class: components["schemas"]["InvitationClass"];
        };
        /**
         * @description * `accepted` - accepted
         *     * `declined` - declined
         * @enum {string}
         */
        InvitationAnsweredStatusEnum: "accepted" | "declined";
        /** @description The class an invitation is for (not its code: the family's answer is what lets the child in). */
        InvitationClass: {
            /** Format: uuid */
            id: string;
            name: string;
            description: string;
            teacher_name: string;
        };
        /** @description The one answer to a teacher's "add student", whatever the email or id (decision 13). */
        InvitationSent: {
            message: components["schemas"]["MessageEnum"];
            status: components["schemas"]["InvitationSentStatusEnum"];
        };
        /**
         * @description * `invited` - invited
         * @enum {string}
         */
        InvitationSentStatusEnum: "invited";
        ItemInfo: {
            /** Format: uuid */
            readonly id: string;
            readonly name: string;
            readonly price: number;
            readonly emoji: string | null;
            readonly category: string | null;
        };
        JoinInRequest: {
            class_code: string;
        };
        JourneyStep: {
            id: number;
            title: string;
            completed: boolean;
        };
        /**
         * @description * `weekly` - Every week
         *     * `biweekly` - Every two weeks
         *     * `monthly` - Every month
         * @enum {string}
         */
        KindEnum: "weekly" | "biweekly" | "monthly";
        /** @description ActivityRead: one of the six built-in games. */
        LearningActivity: {
            readonly id: number;
            readonly title: string;
            readonly description: string;
            readonly difficulty: components["schemas"]["DifficultyEnum"];
            readonly coins: number;
            readonly color_scheme: string | null;
            readonly emoji: string | null;
            readonly button_text: string;
            readonly path: string | null;
            /** @description Completed by the calling child; always false for other roles. */
            completed: boolean;
        };
        LearningActivityCompletion: {
            success: boolean;
            activity_id: number;
            /** @description 0 on a repeat or when `is_completed` was false. */
            coins_earned: number;
            /** @description This call completed the game for the first time (and paid). */
            first_completion: boolean;
            /** @description XP the completion gave (0 on a repeat). */
            xp_earned: number;
        };
        /** @description ActivityRead: one of the six built-in games. */
        LearningActivityDetail: {
            readonly id: number;
            readonly title: string;
            readonly description: string;
            readonly difficulty: components["schemas"]["DifficultyEnum"];
            readonly coins: number;
            readonly color_scheme: string | null;
            readonly emoji: string | null;
            readonly button_text: string;
            readonly path: string | null;
            /** @description Completed by the calling child; always false for other roles. */
            completed: boolean;
            /** @description Null until the caller completes it. */
            user_progress: components["schemas"]["LearningActivityProgress"] | null;
        };
        LearningActivityProgress: {
            completed: boolean;
            /** Format: date-time */
            completed_at: string;
        };
        LearningCompletedModule: {
            /**
             * Format: uuid
             * @description The module's id
             */
            id: string;
            /** @description The module's title */
            name: string;
            /**
             * Format: double
             * @description Null when `is_completed` was false.
             */
            score: number | null;
            coins_earned: number;
        };
        /** @description ModuleRead, with the calling child's progress (``user_progress``, set on the module by the view). */
        LearningModule: {
            /** Format: uuid */
            readonly id: string;
            readonly title: string;
            readonly description: string;
            readonly category: string;
            readonly difficulty: components["schemas"]["DifficultyEnum"];
            /** @description Minutes */
            readonly estimated_duration: number | null;
            /** @description Coins paid once on completion */
            readonly points_reward: number;
            /** Format: uuid */
            readonly created_by: string | null;
            readonly is_published: boolean;
            /** Format: date-time */
            readonly created_at: string;
            /** Format: date-time */
            readonly updated_at: string;
            /** @description The calling child's progress; null when it has none and for other roles. */
            user_progress: components["schemas"]["LearningModuleProgress"] | null;
        };
        LearningModuleCompletion: {
            message: string;
            activity: components["schemas"]["LearningCompletedModule"];
            /** @description The child's balance afterwards. */
            total_coins: number;
        };
        /** @description A child's progress on a module (its ``UserModuleProgress``). */
        LearningModuleProgress: {
            /** Format: double */
            readonly progress_percentage: number;
            readonly is_completed: boolean;
            /** Format: double */
            readonly score: number | null;
            /** @description Minutes */
            readonly time_spent: number;
            /** @description assigned, in_progress or completed */
            status: string;
            /**
             * Format: date-time
             * @description When a teacher assigned it; null when the child started it on its own.
             */
            readonly assigned_at: string | null;
            /**
             * Format: date-time
             * @description The assignment's due date, if any.
             */
            readonly due_date: string | null;
            /** @description Due date passed and not completed. */
            overdue: boolean;
        };
        /** @description One ledger entry as the child's and the teen's screens list it. */
        LedgerLine: {
            /** Format: uuid */
            id: string;
            type: components["schemas"]["TransactionTypeEnum"];
            amount: number;
            description: string;
            /** Format: date-time */
            timestamp: string;
            category: string | null;
        };
        LessonToResume: {
            /** Format: uuid */
            id: string;
            title: string;
            /**
             * Format: double
             * @description How much of it the child has read, 0-100.
             */
            progress: number;
        };
        LoginInRequest: {
            username?: string;
            email?: string;
            password: string;
        } | {
            username: string;
        } | {
            email: string;
        };
        LogoutInRequest: {
            refresh_token?: string;
        };
        /** @description ``{"message": str}``: what a route that changes something without returning it answers. */
        Message: {
            message: string;
        };
        /**
         * @description * `If a child account matches, its family has been invited` - If a child account matches, its family has been invited
         * @enum {string}
         */
        MessageEnum: "If a child account matches, its family has been invited";
        ModuleCreateInRequest: {
            title: string;
            description: string;
            category?: string;
            /**
             * @description Blank is easy. beginner, intermediate and advanced are easy, medium and hard; case does not matter.
             *
             *     * `easy` - easy
             *     * `medium` - medium
             *     * `hard` - hard
             *     * `beginner` - beginner
             *     * `intermediate` - intermediate
             *     * `advanced` - advanced
             */
            difficulty?: components["schemas"]["DifficultyInputEnum"] | components["schemas"]["BlankEnum"];
            /** @default 30 */
            duration: number | null;
            /** @default 0 */
            points_reward: number;
            /** @default false */
            published: boolean;
            ageGroup?: string;
            targetAge?: string;
            sections?: components["schemas"]["SectionInRequest"][];
            quiz?: components["schemas"]["QuestionInRequest"][];
        };
        ModuleProgressInRequest: {
            status: components["schemas"]["ModuleProgressInStatusEnum"];
            /**
             * Format: double
             * @description Required when completed; while reading the stored score stays.
             */
            score?: number;
            /** Format: date-time */
            completed_at?: string | null;
            time_spent?: number;
            /**
             * Format: double
             * @description How far the child read (percent); never moves back.
             */
            progress_percentage?: number;
        };
        /**
         * @description * `completed` - completed
         *     * `in_progress` - in_progress
         * @enum {string}
         */
        ModuleProgressInStatusEnum: "completed" | "in_progress";
        ModuleUpdateInRequest: {
            title?: string;
            description?: string;
            category?: string;
            /**
             * @description beginner, intermediate and advanced are easy, medium and hard; case does not matter.
             *
             *     * `easy` - easy
             *     * `medium` - medium
             *     * `hard` - hard
             *     * `beginner` - beginner
             *     * `intermediate` - intermediate
             *     * `advanced` - advanced
             */
            difficulty?: components["schemas"]["DifficultyInputEnum"];
            duration?: number;
            points_reward?: number;
            published?: boolean;
        };
        /** @enum {unknown} */
        NullEnum: null;
        OptionInRequest: {
            text: string;
            /** @default false */
            isCorrect: boolean;
        };
        /** @description ``POST /api/parent/children``: login and password are generated when not given. */
        ParentChildCreateInRequest: {
            name: string;
            age: number;
            email?: (string) | null;
            password?: (string) | null;
            role?: (string) | null;
            avatar_url?: (string) | null;
        };
        ParentDashboard: {
            user: components["schemas"]["UserRead"];
            stats: components["schemas"]["DashboardStats"];
            children: components["schemas"]["ChildSummary"][];
            recent_transactions: components["schemas"]["TransactionRead"][];
            /** @description `child` is always null here. */
            pending_redemptions: components["schemas"]["RedemptionRead"][];
        };
        ParentSettings: {
            /** Format: double */
            exchange_rate: number;
            require_approval: boolean;
            auto_approval_limit: number;
            /** @description The family's time zone (an IANA name such as Europe/London): its children's days, paydays and weekly digest follow it. */
            time_zone: string;
            /** @description An ISO 4217 code such as GBP or USD; empty when the family named none (plain numbers). */
            currency: string;
        };
        ParentSettingsInRequest: {
            /** Format: double */
            exchange_rate?: number;
            require_approval?: boolean;
            auto_approval_limit?: number;
            /** @description An IANA time zone name such as Europe/London or America/New_York. */
            time_zone?: string;
            /**
             * @description An ISO 4217 code such as GBP or USD; empty when the family named none (plain numbers).
             *
             *     * `` - None (plain numbers)
             *     * `USD` - US dollar (USD)
             *     * `EUR` - Euro (EUR)
             *     * `GBP` - Pound sterling (GBP)
             *     * `CAD` - Canadian dollar (CAD)
             *     * `AUD` - Australian dollar (AUD)
             *     * `NZD` - New Zealand dollar (NZD)
             *     * `CHF` - Swiss franc (CHF)
             *     * `SEK` - Swedish krona (SEK)
             *     * `NOK` - Norwegian krone (NOK)
             *     * `DKK` - Danish krone (DKK)
             *     * `PLN` - Polish złoty (PLN)
             *     * `INR` - Indian rupee (INR)
             *     * `ZAR` - South African rand (ZAR)
             *     * `SGD` - Singapore dollar (SGD)
             *     * `HKD` - Hong Kong dollar (HKD)
             *     * `MXN` - Mexican peso (MXN)
             *     * `BRL` - Brazilian real (BRL)
             */
            currency?: components["schemas"]["CurrencyEnum"] | components["schemas"]["BlankEnum"];
        };
        ParentTaskCreateInRequest: {
            title: string;
            description?: (string) | null;
            /** @default 10 */
            coins_reward: number;
            /** Format: date-time */
            due_date?: string | null;
            /** @default true */
            requires_approval: boolean;
            /** Format: uuid */
            assigned_to: string;
        };
        PatchedUserUpdateInRequest: {
            name?: string;
            avatar_url?: string;
            /** Format: email */
            email?: string;
            password?: string;
            /** @description When given, the account's password now: anything else refuses the whole change (the web app sends it with a new password). */
            current_password?: string;
        };
        /**
         * @description * `weekly` - Weekly
         *     * `monthly` - Monthly
         * @enum {string}
         */
        PeriodEnum: "weekly" | "monthly";
        Ping: {
            message: string;
            /** Format: date-time */
            timestamp: string;
        };
        ProgressActivity: {
            /** Format: uuid */
            readonly id: string;
            readonly type: components["schemas"]["TransactionTypeEnum"];
            readonly amount: number;
            readonly description: string;
            /** Format: date-time */
            readonly created_at: string;
        };
        ProgressChild: {
            /** Format: uuid */
            id: string;
            name: string;
            age: number | null;
            current_coins: number;
            level: number;
            xp: number;
            streak_days: number;
            /** Format: date */
            streak_paused_from: string | null;
            /** Format: date */
            streak_paused_until: string | null;
        };
        /** @description An open goal with how far it is. */
        ProgressGoal: {
            /** Format: uuid */
            readonly id: string;
            /** Format: uuid */
            readonly user_id: string;
            readonly title: string;
            readonly description: string | null;
            readonly target_amount: number;
            readonly current_amount: number;
            readonly icon: string | null;
            readonly color: string | null;
            readonly category: components["schemas"]["CategoryEnum"];
            /** Format: date-time */
            readonly deadline: string | null;
            /** @description Null without a deadline. */
            readonly days_remaining: number | null;
            readonly is_completed: boolean;
            /** Format: date-time */
            readonly created_at: string;
            /** Format: date-time */
            readonly updated_at: string;
            readonly targetAmount: number;
            readonly currentAmount: number;
            /** @description Coins still missing: target - current, at least 0. */
            coins_to_go: number;
            /** @description The owner's coins earned per week over the last 4 weeks (chores, games, lessons, bonuses, achievements; not pocket money, interest, adjustments or refunds), rounded. */
            earned_per_week: number;
            /** @description Days to the target at the owner's pace: 0 when complete; null when nothing was earned in the last 4 weeks; otherwise ceil(coins_to_go / (coins earned in those 4 weeks / 28)). */
            days_to_goal: number | null;
            /** @description coins_to_go in the owner's typical chore ("= 3 times Tidy your room"); null without a chore with a reward. */
            price_in_chores: components["schemas"]["ChorePrice"] | null;
            /** Format: double */
            readonly progress_percentage: number;
        };
        ProgressGoalUpdateInRequest: {
            /** @default 0 */
            current: number;
        };
        /** @description A module the child completed in the timeframe, with its score and when. */
        ProgressModule: {
            /** Format: uuid */
            readonly id: string;
            readonly title: string;
            readonly description: string;
            readonly category: string;
            readonly difficulty: components["schemas"]["DifficultyEnum"];
            /** @description Minutes */
            readonly estimated_duration: number | null;
            /** @description Coins paid once on completion */
            readonly points_reward: number;
            /** Format: uuid */
            readonly created_by: string | null;
            readonly is_published: boolean;
            /** Format: date-time */
            readonly created_at: string;
            /** Format: date-time */
            readonly updated_at: string;
            /** Format: double */
            score: number | null;
            /** Format: date-time */
            completed_at: string | null;
        };
        ProgressStats: {
            /** @description Coins earned in the timeframe. */
            total_rewards: number;
            lessons_completed: number;
            goals_achieved: number;
            current_streak: number;
        };
        PurchaseCreated: {
            success: boolean;
            message: string;
            status: string;
            request: components["schemas"]["PurchaseRequestRead"];
        };
        PurchaseInRequest: {
            /** Format: uuid */
            item_id: string;
        };
        PurchaseRequestRead: {
            /** Format: uuid */
            readonly id: string;
            /** Format: uuid */
            readonly user_id: string;
            /** Format: uuid */
            readonly shop_item_id: string;
            readonly price: number;
            readonly status: components["schemas"]["DecisionStatusEnum"];
            readonly auto_approved: boolean;
            /** Format: uuid */
            readonly approved_by: string | null;
            /** Format: date-time */
            readonly approved_at: string | null;
            /** Format: date-time */
            readonly created_at: string;
            readonly item_info: components["schemas"]["ItemInfo"];
            /** @description What the parent said when it rejected the request (the child reads it in the app); null unless rejected with a reason. */
            readonly rejection_reason: string | null;
        };
        QuestionInRequest: {
            question: string;
            explanation?: (string) | null;
            type?: string;
            /**
             * @description "single": exactly one option is correct. "multiple": students pick all that are right (at least one option correct, at least one not). Left out: "multiple" when several options are correct, otherwise "single".
             *
             *     * `single` - Single: one correct answer
             *     * `multiple` - Multiple: pick all that are right
             */
            kind?: components["schemas"]["QuestionKindEnum"];
            options?: components["schemas"]["OptionInRequest"][];
        };
        /**
         * @description * `single` - Single: one correct answer
         *     * `multiple` - Multiple: pick all that are right
         * @enum {string}
         */
        QuestionKindEnum: "single" | "multiple";
        QuickAction: {
            id: string;
            title: string;
            icon: string;
            path: string;
        };
        QuizAnswersInRequest: {
            answers: {
                [key: string]: string[];
            };
        };
        /**
         * @description * `common` - Common
         *     * `uncommon` - Uncommon
         *     * `rare` - Rare
         *     * `epic` - Epic
         *     * `legendary` - Legendary
         * @enum {string}
         */
        RarityEnum: "common" | "uncommon" | "rare" | "epic" | "legendary";
        RecurringChore: {
            /** Format: uuid */
            readonly id: string;
            /** Format: uuid */
            child_id: string;
            title: string;
            description?: string | null;
            coins_reward: number;
            repeat?: components["schemas"]["RepeatEnum"];
            days_of_week?: number[];
            /** @default 1 */
            every_n_days: number;
            /** @default 1 */
            day_of_month: number;
            /** Format: date */
            start_date: string;
            /** @default true */
            active: boolean;
            /** Format: date-time */
            readonly created_at: string;
        };
        RecurringChoreRequest: {
            /** Format: uuid */
            child_id: string;
            title: string;
            description?: (string) | null;
            coins_reward: number;
            repeat?: components["schemas"]["RepeatEnum"];
            days_of_week?: number[];
            /** @default 1 */
            every_n_days: number;
            /** @default 1 */
            day_of_month: number;
            /** Format: date */
            start_date: string;
            /** @default true */
            active: boolean;
        };
        RedemptionCreateInRequest: {
            coins_amount: number;
            description?: (string) | null;
        };
        /** @description A child's new conversion request, with the balance left once its coins are held. */
        RedemptionCreated: {
            /** Format: uuid */
            readonly id: string;
            /** Format: uuid */
            readonly user_id: string;
            readonly coins_amount: number;
            /** Format: double */
            readonly cash_amount: number;
            /** Format: double */
            readonly exchange_rate: number;
            /** @description The currency it was priced in: An ISO 4217 code such as GBP or USD; empty when the family named none (plain numbers). */
            readonly currency: string;
            readonly description: string | null;
            readonly status: components["schemas"]["DecisionStatusEnum"];
            /** Format: uuid */
            readonly approved_by: string | null;
            /** Format: date-time */
            readonly approved_at: string | null;
            /** Format: date-time */
            readonly created_at: string;
            readonly child: components["schemas"]["ChildBrief"] | null;
            /** @description What the parent said when it rejected the request (the child reads it in the app); null unless rejected with a reason. */
            readonly rejection_reason: string | null;
            remaining_coins: number;
        };
        RedemptionRead: {
            /** Format: uuid */
            readonly id: string;
            /** Format: uuid */
            readonly user_id: string;
            readonly coins_amount: number;
            /** Format: double */
            readonly cash_amount: number;
            /** Format: double */
            readonly exchange_rate: number;
            /** @description The currency it was priced in: An ISO 4217 code such as GBP or USD; empty when the family named none (plain numbers). */
            readonly currency: string;
            readonly description: string | null;
            readonly status: components["schemas"]["DecisionStatusEnum"];
            /** Format: uuid */
            readonly approved_by: string | null;
            /** Format: date-time */
            readonly approved_at: string | null;
            /** Format: date-time */
            readonly created_at: string;
            readonly child: components["schemas"]["ChildBrief"] | null;
            /** @description What the parent said when it rejected the request (the child reads it in the app); null unless rejected with a reason. */
            readonly rejection_reason: string | null;
        };
        /**
         * @description * `goal` - goal
         *     * `task` - task
         *     * `activity` - activity
         *     * `shop` - shop
         *     * `module` - module
         * @enum {string}
         */
        ReferenceTypeEnum: "goal" | "task" | "activity" | "shop" | "module";
        /** @description ``refresh_token``, or ``refresh`` as simplejwt's own clients name it. */
        RefreshInRequest: {
            refresh_token?: string;
            refresh?: string;
        } | {
            refresh_token: string;
        } | {
            refresh: string;
        };
        /** @description Say "<Field> is required" the way the app shows it, for missing and blank values alike. */
        RegisterInRequest: {
            /** Format: email */
            email: string;
            password: string;
            name: string;
            avatar_url?: (string) | null;
            role: components["schemas"]["RoleEnum"];
            /** @description A whole number 6..18 is kept; any other value is ignored, never an error. */
            age?: unknown;
        };
        /** @description The optional body of a rejection (none is fine). */
        RejectInRequest: {
            /** @description Why: the child reads it in the app. */
            reason?: (string) | null;
        };
        /**
         * @description * `days_of_week` - On some days of the week
         *     * `every_n_days` - Every N days
         *     * `monthly` - Once a month
         * @enum {string}
         */
        RepeatEnum: "days_of_week" | "every_n_days" | "monthly";
        ResetPasswordInRequest: {
            token: string;
            password: string;
        };
        RoleDashboard: components["schemas"]["ChildRoleDashboard"] | components["schemas"]["ParentDashboard"] | components["schemas"]["TeacherDashboard"];
        /**
         * @description * `parent` - Parent
         *     * `teacher` - Teacher
         *     * `younger_child` - Child
         *     * `older_child` - Teen
         * @enum {string}
         */
        RoleEnum: "parent" | "teacher" | "younger_child" | "older_child";
        SectionInRequest: {
            title: string;
            /** @default lesson */
            type: components["schemas"]["SectionTypeEnum"];
            content?: string;
            duration?: (string) | null;
            orderIndex?: number | null;
        };
        /**
         * @description * `lesson` - Lesson
         *     * `quiz` - Quiz
         *     * `game` - Game
         *     * `activity` - Activity
         * @enum {string}
         */
        SectionTypeEnum: "lesson" | "quiz" | "game" | "activity";
        SettingsUpdated: {
            message: string;
            settings: components["schemas"]["ParentSettings"];
        };
        /** @description An item of the child's catalogue, with what the shop screen shows beside its price. */
        ShopCatalogueItem: {
            /** Format: uuid */
            readonly id: string;
            readonly name: string;
            readonly description: string | null;
            readonly price: number;
            readonly category: string | null;
            readonly emoji: string | null;
            readonly available: boolean;
            readonly bg_color: string | null;
            /** @description The price in the child's typical chore ("= 3 times Tidy your room"); null when the child has no chore with a reward. */
            price_in_chores: components["schemas"]["ChorePrice"] | null;
            /** @description The child owns it. */
            owned: boolean;
            /** @description The child asked to buy it and waits for its parent. */
            pending: boolean;
            /** @description The parent said no to the child's latest request for it. */
            rejected: boolean;
            /** @description What the parent said when it said no to the child's latest request for it; null unless that request was rejected with a reason. */
            rejection_reason: string | null;
            /** @description Coins the child still needs to pay for it: price - balance, at least 0. */
            coins_to_go: number;
            /** @description Asking for it sends the request to a parent, who approves it once the balance covers the price; false: it is bought as the child asks (the family's settings), which needs coins_to_go to be 0. */
            waits_for_parent: boolean;
        };
        ShopItemRead: {
            /** Format: uuid */
            readonly id: string;
            readonly name: string;
            readonly description: string | null;
            readonly price: number;
            readonly category: string | null;
            readonly emoji: string | null;
            readonly available: boolean;
            readonly bg_color: string | null;
        };
        Status: {
            status: string;
            environment: string;
            database_type: string;
            secret_key_configured: boolean;
            algorithm: string;
        };
        StreakPause: {
            /** Format: uuid */
            child_id: string;
            /** Format: date */
            streak_paused_from: string | null;
            /** Format: date */
            streak_paused_until: string | null;
        };
        StreakPauseInRequest: {
            /** Format: date-time */
            paused_from: string;
            /** Format: date-time */
            paused_until: string;
        };
        Success: {
            success: boolean;
            message: string;
        };
        TaskApproved: {
            success: boolean;
            task: components["schemas"]["TaskRead"];
            message: string;
            coins_awarded: number;
        };
        TaskCreateInRequest: {
            title: string;
            description?: (string) | null;
            coins_reward: number;
            /** Format: date-time */
            due_date?: string | null;
            /** @default true */
            requires_approval: boolean;
            /** Format: uuid */
            assigned_to: string;
        };
        TaskCreated: {
            success: boolean;
            task: components["schemas"]["TaskRead"];
            message: string;
        };
        TaskRead: {
            /** Format: uuid */
            readonly id: string;
            readonly title: string;
            readonly description: string | null;
            readonly coins_reward: number;
            /** Format: date-time */
            readonly due_date: string | null;
            readonly requires_approval: boolean;
            /** Format: uuid */
            readonly assigned_by: string;
            /** Format: uuid */
            readonly assigned_to: string;
            readonly status: components["schemas"]["TaskStatusEnum"];
            /** Format: date-time */
            readonly completed_at: string | null;
            /** Format: date-time */
            readonly approved_at: string | null;
            /** Format: date-time */
            readonly created_at: string;
            /** Format: date-time */
            readonly updated_at: string;
            /** @description What the parent said when it last rejected the chore (the child reads it in the app); null when it never did or gave no reason. */
            readonly rejection_reason: string | null;
        };
        /**
         * @description * `pending` - Pending
         *     * `in_progress` - In progress
         *     * `completed` - Completed (awaiting approval)
         *     * `approved` - Approved (paid)
         *     * `rejected` - Rejected
         * @enum {string}
         */
        TaskStatusEnum: "pending" | "in_progress" | "completed" | "approved" | "rejected";
        TaskUpdateInRequest: {
            title?: string;
            description?: (string) | null;
            coins_reward?: number;
            /** Format: date-time */
            due_date?: string | null;
            requires_approval?: boolean;
            status?: components["schemas"]["TaskStatusEnum"];
            /** @description With status rejected: why (the child reads it). */
            reason?: (string) | null;
        };
        TeacherAnalytics: {
            /** Format: double */
            overall_performance: number;
            class_performance: components["schemas"]["TeacherAnalyticsClass"][];
            total_students: number;
            /** @description As asked: week, month, quarter (anything else is a year). */
            timeframe: string;
        };
        TeacherAnalyticsClass: {
            /** Format: uuid */
            class_id: string;
            class_name: string;
            /** Format: double */
            avg_performance: number;
            student_count: number;
            students_needing_support: number;
        };
        TeacherAvailableStudent: {
            /** Format: uuid */
            id: string;
            name: string;
            age: number | null;
            role: string;
            /** @description "Younger Child" or "Older Child/Teen". */
            type: string;
            coins: number;
            level: number;
            avatar: string | null;
        };
        TeacherClassAssignedModule: {
            /**
             * Format: uuid
             * @description The module's id.
             */
            id: string;
            title: string;
            description: string;
            difficulty: string;
            category: string;
            /** Format: date-time */
            assigned_at: string;
            /** Format: date-time */
            due_date: string | null;
        };
        /** @description A body with a ``class`` key ("class" is a Python keyword, so not a class attribute). */
        TeacherClassCreated: {
            message: string;
            class: components["schemas"]["Classroom"];
        };
        TeacherClassDetail: {
            /** Format: uuid */
            id: string;
            name: string;
            description: string;
            class_code: string;
            /** Format: date-time */
            created_at: string;
            /** Format: double */
            avg_performance: number;
            students: components["schemas"]["TeacherClassDetailStudent"][];
        };
        /**
         * @description A student of one of the caller's classes (with ``enrolled_at``) and its performance (``perf``,
         *     a ``selectors.StudentPerformance``): StudentRead, API.md §1.
         */
        TeacherClassDetailStudent: {
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description Same as id.
             */
            user_id: string;
            name: string;
            /** Format: email */
            email: string;
            /** @description younger_child or older_child. */
            role: string;
            avatar: string | null;
            /** @description Same as avatar. */
            avatar_url: string | null;
            age: number | null;
            level: number;
            /** Format: date-time */
            enrolled_at: string;
            /**
             * Format: double
             * @description Mean score of the completed modules (0 with none).
             */
            performance_score: number;
            needs_support: boolean;
            /** Format: date-time */
            last_activity_date: string | null;
            modules_completed: number;
            /** @description Minutes. */
            total_time_spent: number;
            /**
             * Format: double
             * @description Same as performance_score.
             */
            performance: number;
            /**
             * Format: date-time
             * @description When the student's account last changed.
             */
            last_activity: string;
            /** @description Module id -> progress. */
            progress: {
                [key: string]: components["schemas"]["ClassroomModuleProgress"];
            };
        };
        /**
         * @description A student of one of the caller's classes (with ``enrolled_at``) and its performance (``perf``,
         *     a ``selectors.StudentPerformance``): StudentRead, API.md §1.
         */
        TeacherClassStudent: {
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description Same as id.
             */
            user_id: string;
            name: string;
            /** Format: email */
            email: string;
            /** @description younger_child or older_child. */
            role: string;
            avatar: string | null;
            /** @description Same as avatar. */
            avatar_url: string | null;
            age: number | null;
            level: number;
            /** Format: date-time */
            enrolled_at: string;
            /**
             * Format: double
             * @description Mean score of the completed modules (0 with none).
             */
            performance_score: number;
            needs_support: boolean;
            /** Format: date-time */
            last_activity_date: string | null;
            modules_completed: number;
            /** @description Minutes. */
            total_time_spent: number;
            coins: number;
        };
        TeacherClassStudents: {
            /** Format: uuid */
            class_id: string;
            class_name: string;
            total_students: number;
            students: components["schemas"]["TeacherClassStudent"][];
        };
        /** @description The teacher's overview, with the top-level aliases the app reads (API.md §11). */
        TeacherDashboard: {
            user: components["schemas"]["UserRead"];
            stats: components["schemas"]["TeacherStats"];
            classes: components["schemas"]["Classroom"][];
            /** @description The 5 newest modules of the teacher. */
            recent_modules: components["schemas"]["TeacherRecentModule"][];
            /** @description Always empty. */
            student_progress: string[];
            students_count: number;
            classes_count: number;
            /** Format: double */
            average_performance: number;
            modules_count: number;
        };
        /**
         * @description A module as its author edits it (API.md §11), with ``sections`` prefetched (and their questions
         *     and options) and its ``stats`` (``completion_rate``, ``avg_score``) set by the view.
         */
        TeacherModule: {
            /** Format: uuid */
            id: string;
            title: string;
            description: string;
            category: string;
            difficulty: string;
            /** @description Minutes. */
            duration: number | null;
            /** @description "Unknown" when not set. */
            ageGroup: string;
            /** @description Not stored: always empty. */
            skills: string[];
            points_reward: number;
            published: boolean;
            /**
             * Format: double
             * @description % of the progress rows that are completed, 1 decimal.
             */
            completion_rate: number;
            /**
             * Format: double
             * @description Mean completed score, 1 decimal.
             */
            avg_score: number;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            /** @description The sections other than the quiz, in order. */
            readonly sections: components["schemas"]["TeacherModuleSection"][];
            /** @description Not stored: always empty. */
            activities: string[];
            readonly quiz: components["schemas"]["TeacherModuleQuizQuestion"][];
            /** @description Not stored: always empty. */
            learningObjectives: string[];
            /** @description Not stored: always empty. */
            prerequisites: string[];
            /** @description Not stored: always empty. */
            keyTopics: string[];
        };
        TeacherModuleAssigned: {
            message: string;
            /** Format: uuid */
            module_id: string;
            /** Format: uuid */
            class_id: string;
            /** @description Students who received the module now. */
            students_assigned: number;
            total_students: number;
        };
        TeacherModuleQuizOption: {
            text: string;
            isCorrect: boolean;
        };
        TeacherModuleQuizQuestion: {
            question: string;
            /** @description Always "multiple_choice". */
            readonly type: string;
            /**
             * @description "single": exactly one option is correct; "multiple": students pick all that are right.
             *
             *     * `single` - Single: one correct answer
             *     * `multiple` - Multiple: pick all that are right
             */
            kind: components["schemas"]["QuestionKindEnum"];
            explanation: string;
            options: components["schemas"]["TeacherModuleQuizOption"][];
        };
        TeacherModuleSaved: {
            message: string;
            module: components["schemas"]["TeacherModule"];
        };
        TeacherModuleSection: {
            title: string;
            type: string;
            content: string;
            /** @description "10 minutes" when not set. */
            duration: string;
            orderIndex: number;
        };
        TeacherProfile: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            user_id: string;
            school_name: string;
            grade_level: string;
            subject: string;
        };
        /** @description One of the teacher's newest modules. */
        TeacherRecentModule: {
            /** Format: uuid */
            readonly id: string;
            readonly title: string;
            readonly description: string;
            readonly category: string;
            readonly difficulty: components["schemas"]["DifficultyEnum"];
            /** @description Coins paid once on completion */
            readonly points_reward: number;
            readonly is_published: boolean;
            /** Format: date-time */
            readonly created_at: string;
        };
        TeacherStats: {
            total_classes: number;
            total_students: number;
            /**
             * Format: double
             * @description Mean of the class averages, 1 decimal.
             */
            avg_performance: number;
            /**
             * Format: double
             * @description Alias of avg_performance.
             */
            average_performance: number;
            students_needing_support: number;
            modules_created: number;
        };
        TeacherStudentModuleProgress: {
            /** @description "not_started" when the student has no progress in the module. */
            status: string;
            /** Format: double */
            progress_percentage: number;
            /** Format: double */
            score: number | null;
            /** Format: date-time */
            started_at: string | null;
            /** Format: date-time */
            completed_at: string | null;
            /** @description Minutes. */
            time_spent: number;
            /** @description Absent when not started. */
            quiz_attempts?: number;
            /** @description Absent when not started. */
            failed_attempts?: number;
        };
        /** @description ``learning_counts`` over the timeframe. */
        TeenActivitiesAnalytics: {
            completed_activities: number;
            /** @description The sum of the scores (a legacy misnomer) */
            total_coins_earned: number;
        };
        /** @description An ``adventures_for`` row (with its category and duration): a module to take. */
        TeenActivity: {
            /**
             * Format: uuid
             * @description A module id
             */
            id: string;
            title: string;
            description: string;
            category: string;
            difficulty: components["schemas"]["DifficultyEnum"];
            /** @description Minutes */
            duration: number | null;
            coins: number;
            completed: boolean;
        };
        TeenAnalytics: {
            timeframe: string;
            financial_summary: components["schemas"]["TeenMoney"];
            goals_analytics: components["schemas"]["TeenGoalsAnalytics"];
            activities_analytics: components["schemas"]["TeenActivitiesAnalytics"];
            spending_patterns: components["schemas"]["TeenSpending"];
        };
        TeenBudget: {
            /** @description Coins per category: balance x percentage. */
            budget_allocations: components["schemas"]["BudgetSplit"];
            percentages: components["schemas"]["BudgetSplit"];
            total_coins: number;
            transactions: components["schemas"]["BudgetBuckets"];
            /** @description Planned (budget_amount) against spent. */
            categories: components["schemas"]["BudgetCategory"][];
            /** @description Earned against spent in the last 12 weeks, oldest first. */
            weeks: components["schemas"]["TeenWeek"][];
        };
        TeenBudgetUpdated: {
            message: string;
            budget_allocations: components["schemas"]["BudgetSplit"];
            percentages: components["schemas"]["BudgetSplit"];
        };
        /** @description Level, XP and how far to the next level (``progress_of``). */
        TeenCard: {
            level: number;
            xp: number;
            xp_for_next_level: number;
            /**
             * Format: double
             * @description Percent of the way to the next level
             */
            level_progress: number;
            streak_days: number;
            /** @description The parent paused the streak for a holiday that includes today: missed days do not break it. */
            streak_paused: boolean;
            /**
             * Format: date
             * @description The pause's last day; null when not paused today.
             */
            streak_paused_until: string | null;
            /** Format: uuid */
            id: string;
            /** @description The first name */
            name: string;
            fullName: string;
            /** Format: email */
            email: string;
            avatar: string | null;
            coins: number;
            totalCoinsEarned: number;
            goalsCompleted: number;
        };
        TeenConversion: {
            /** Format: uuid */
            id: string;
            coinAmount: number;
            /** Format: double */
            dollarAmount: number;
            readonly reason: string;
            status: components["schemas"]["DecisionStatusEnum"];
            /** Format: date-time */
            requestDate: string;
            /**
             * Format: date-time
             * @description Null while pending.
             */
            responseDate: string | null;
            /** @description What the parent said when it rejected the request; null unless rejected with a reason. */
            rejection_reason: string | null;
        };
        TeenConversionCreated: {
            message: string;
            /** Format: uuid */
            id: string;
            request: components["schemas"]["TeenConversion"];
            remaining_coins: number;
        };
        TeenDashboard: {
            teen: components["schemas"]["TeenCard"];
            budget_overview: components["schemas"]["BudgetOverview"];
            /** @description Active goals by category */
            goals: components["schemas"]["TeenOpenGoals"];
            activities: components["schemas"]["TeenActivity"][];
            achievements: components["schemas"]["AchievementCard"][];
            quick_actions: components["schemas"]["QuickAction"][];
            daily_goals: components["schemas"]["DailyGoal"][];
            stats: components["schemas"]["TeenDashboardStats"];
        };
        TeenDashboardStats: {
            /** @description Active goals */
            total_goals: number;
            completed_activities: number;
            streak_days: number;
            level: number;
        };
        /** @description A module as a teen's card (dashboard, explore). */
        TeenExploreModule: {
            /**
             * Format: uuid
             * @description A module id
             */
            id: string;
            title: string;
            description: string;
            category: string;
            difficulty: components["schemas"]["DifficultyEnum"];
            /** @description Minutes */
            duration: number | null;
            coins: number;
            completed: boolean;
            /** Format: double */
            rating: number;
            likes: number;
            bookmarked: boolean;
            /** @description [category, difficulty] */
            readonly tags: string[];
            /** Format: uri */
            readonly thumbnail: string;
        };
        /** @description A goal as the teen's screens name it. */
        TeenGoal: {
            /** Format: uuid */
            id: string;
            title: string;
            description: string | null;
            targetAmount: number;
            currentAmount: number;
            icon: string | null;
            category: components["schemas"]["CategoryEnum"];
            /** Format: date-time */
            deadline: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        /** @description A goal as the teen's screens show it, at the teen's pace (``context=goal_context(teen)``). */
        TeenGoalCard: {
            /** @description Coins still missing: target - current, at least 0. */
            coins_to_go: number;
            /** @description The owner's coins earned per week over the last 4 weeks (chores, games, lessons, bonuses, achievements; not pocket money, interest, adjustments or refunds), rounded. */
            earned_per_week: number;
            /** @description Days to the target at the owner's pace: 0 when complete; null when nothing was earned in the last 4 weeks; otherwise ceil(coins_to_go / (coins earned in those 4 weeks / 28)). */
            days_to_goal: number | null;
            /** @description coins_to_go in the owner's typical chore ("= 3 times Tidy your room"); null without a chore with a reward. */
            price_in_chores: components["schemas"]["ChorePrice"] | null;
            /** Format: uuid */
            id: string;
            title: string;
            description: string | null;
            targetAmount: number;
            currentAmount: number;
            icon: string | null;
            category: components["schemas"]["CategoryEnum"];
            /** Format: date-time */
            deadline: string | null;
            /** Format: date-time */
            createdAt: string;
            /** @description Null without a deadline. */
            daysRemaining: number | null;
            /**
             * Format: double
             * @description 0-100, one decimal.
             */
            progress_percentage: number;
            is_completed: boolean;
        };
        TeenGoalCreateInRequest: {
            title: string;
            description?: (string) | null;
            target_amount?: number;
            icon?: (string) | null;
            color?: (string) | null;
            /** Format: date-time */
            deadline?: string | null;
            targetAmount?: number;
            category?: (components["schemas"]["CategoryEnum"] | components["schemas"]["NullEnum"]) | null;
        } | {
            targetAmount: number;
        } | {
            target_amount: number;
        };
        TeenGoalCreated: {
            message: string;
            goal: components["schemas"]["TeenGoal"];
        };
        /** @description ``goal_counts`` (active, completed, total). */
        TeenGoalsAnalytics: {
            active_goals: number;
            completed_goals: number;
            /**
             * Format: double
             * @description Percent
             */
            readonly completion_rate: number;
        };
        /** @description ``money_totals`` (earned, spent, saved) over the timeframe. */
        TeenMoney: {
            total_earned: number;
            total_spent: number;
            total_saved: number;
            readonly net_change: number;
        };
        /** @description An open goal, at the teen's pace (``context=goal_context(teen)``). */
        TeenOpenGoal: {
            /** Format: uuid */
            readonly id: string;
            readonly title: string;
            readonly description: string | null;
            readonly targetAmount: number;
            readonly currentAmount: number;
            readonly icon: string | null;
            readonly category: components["schemas"]["CategoryEnum"];
            /** Format: double */
            readonly progress_percentage: number;
            /** Format: date-time */
            readonly deadline: string | null;
            /** @description Coins still missing: target - current, at least 0. */
            coins_to_go: number;
            /** @description The owner's coins earned per week over the last 4 weeks (chores, games, lessons, bonuses, achievements; not pocket money, interest, adjustments or refunds), rounded. */
            earned_per_week: number;
            /** @description Days to the target at the owner's pace: 0 when complete; null when nothing was earned in the last 4 weeks; otherwise ceil(coins_to_go / (coins earned in those 4 weeks / 28)). */
            days_to_goal: number | null;
            /** @description coins_to_go in the owner's typical chore ("= 3 times Tidy your room"); null without a chore with a reward. */
            price_in_chores: components["schemas"]["ChorePrice"] | null;
        };
        TeenOpenGoals: {
            saving: components["schemas"]["TeenOpenGoal"][];
            spending: components["schemas"]["TeenOpenGoal"][];
            wants: components["schemas"]["TeenOpenGoal"][];
        };
        TeenRedemptionCreateInRequest: {
            coinAmount?: number;
            coins_amount?: number;
            reason?: (string) | null;
            description?: (string) | null;
        } | {
            coinAmount: number;
        } | {
            coins_amount: number;
        };
        TeenSpending: {
            by_category: components["schemas"]["BudgetSplit"];
        };
        TeenWeek: {
            /**
             * Format: date
             * @description The week's Monday.
             */
            week_start: string;
            /** @description Coins earned (not pocket money, interest, adjustments or refunds). */
            earned: number;
            /** @description Coins spent that week (parents' adjustments aside). */
            spent: number;
        };
        Token: {
            access_token: string;
            token_type: string;
            refresh_token: string;
        };
        TokenCheck: {
            valid: boolean;
            user: components["schemas"]["UserRead"];
        };
        TransactionCreateInRequest: {
            type: components["schemas"]["TransactionTypeEnum"];
            amount: number;
            description: string;
            category?: (string) | null;
            source?: (string) | null;
            reference_id?: (string) | null;
            reference_type?: (components["schemas"]["ReferenceTypeEnum"] | components["schemas"]["NullEnum"]) | null;
        };
        TransactionCreated: {
            transaction: components["schemas"]["TransactionRead"];
            new_coin_balance: number;
        };
        TransactionList: {
            transactions: components["schemas"]["TransactionRead"][];
            total_count: number;
            weekly_total: number;
            monthly_total: number;
        };
        TransactionRead: {
            /** Format: uuid */
            readonly id: string;
            /** Format: uuid */
            readonly user_id: string;
            readonly type: components["schemas"]["TransactionTypeEnum"];
            readonly amount: number;
            /** @description What the entry did to the balance, signed: -20 for coins into a goal, +20 for coins back out, 0 for a note that moved nothing. */
            readonly delta: number;
            readonly description: string;
            readonly category: string | null;
            readonly source: string | null;
            readonly reference_id: string | null;
            readonly reference_type: string | null;
            readonly balance_after: number;
            /** Format: date-time */
            readonly created_at: string;
            /**
             * @description What the entry is, to name it: pocket money, interest and coins that came back are received, not earned; a parent's correction is its own kind either way.
             *
             *     * `earned` - Earned
             *     * `pocket_money` - Pocket money
             *     * `interest` - Interest
             *     * `came_back` - Came back
             *     * `changed_by_parent` - Changed by a parent
             *     * `spent` - Spent
             *     * `given` - Given
             *     * `saved` - Saved
             *     * `from_goal` - Back from a goal
             *     * `note` - Note
             */
            readonly kind: components["schemas"]["EntryKindEnum"];
            /** Format: date-time */
            readonly timestamp: string;
        };
        /**
         * @description * `earn` - Earn
         *     * `spend` - Spend
         *     * `save` - Save
         * @enum {string}
         */
        TransactionTypeEnum: "earn" | "spend" | "save";
        TransactionsAnswer: components["schemas"]["TransactionRead"][] | components["schemas"]["TransactionList"];
        UserDetail: {
            /** Format: uuid */
            readonly id: string;
            /** Format: email */
            readonly email: string;
            readonly is_active: boolean;
            /** @description An operator of the platform. */
            readonly is_superuser: boolean;
            readonly is_verified: boolean;
            readonly name: string;
            readonly role: components["schemas"]["RoleEnum"];
            readonly avatar_url: string | null;
            /** Format: date-time */
            readonly created_at: string;
            /** Format: date-time */
            readonly updated_at: string;
            readonly child_profile: components["schemas"]["ChildProfileRead"] | null;
        };
        UserRead: {
            /** Format: uuid */
            readonly id: string;
            /** Format: email */
            readonly email: string;
            readonly is_active: boolean;
            /** @description An operator of the platform. */
            readonly is_superuser: boolean;
            readonly is_verified: boolean;
            readonly name: string;
            readonly role: components["schemas"]["RoleEnum"];
            readonly avatar_url: string | null;
            /** Format: date-time */
            readonly created_at: string;
            /** Format: date-time */
            readonly updated_at: string;
        };
        UserUpdateInRequest: {
            name?: string;
            avatar_url?: string;
            /** Format: email */
            email?: string;
            password?: string;
            /** @description When given, the account's password now: anything else refuses the whole change (the web app sends it with a new password). */
            current_password?: string;
        };
        VerifyInRequest: {
            token: string;
        };
        /**
         * @description * `0` - Monday
         *     * `1` - Tuesday
         *     * `2` - Wednesday
         *     * `3` - Thursday
         *     * `4` - Friday
         *     * `5` - Saturday
         *     * `6` - Sunday
         * @enum {integer}
         */
        WeekdayEnum: 0 | 1 | 2 | 3 | 4 | 5 | 6;
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    activities_list: {
        parameters: {
            query?: {
                color_scheme?: string;
                completed?: boolean | null;
                /**
                 * @description * `easy` - easy
                 *     * `medium` - medium
                 *     * `hard` - hard
                 */
                difficulty?: "easy" | "medium" | "hard";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LearningActivity"][];
                };
            };
            /** @description The input is invalid: `detail` names the first field at fault, `errors` lists them all. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_activities_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                activity_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LearningActivityDetail"];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not one the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_activities_complete_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                activity_id: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CompletionInRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LearningActivityCompletion"];
                };
            };
            /** @description The input is invalid: `detail` names the first field at fault, `errors` lists them all. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not one the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_auth_forgot_password_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmailInRequest"];
            };
        };
        responses: {
            /** @description The JSON body `null`. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": never | null;
                };
            };
            /** @description The input is invalid: `detail` names the first field at fault, `errors` lists them all. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_auth_jwt_login_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["LoginInRequest"];
                "application/json": components["schemas"]["LoginInRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Token"];
                };
            };
            /** @description The input is invalid: `detail` names the first field at fault, `errors` lists them all. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_auth_jwt_logout_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["LogoutInRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Success"];
                };
            };
            /** @description The input is invalid: `detail` names the first field at fault, `errors` lists them all. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_auth_jwt_refresh_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshInRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Token"];
                };
            };
            /** @description The input is invalid: `detail` names the first field at fault, `errors` lists them all. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_auth_login_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["LoginInRequest"];
                "application/json": components["schemas"]["LoginInRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthResponse"];
                };
            };
            /** @description The input is invalid: `detail` names the first field at fault, `errors` lists them all. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_auth_logout_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["LogoutInRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Success"];
                };
            };
            /** @description The input is invalid: `detail` names the first field at fault, `errors` lists them all. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_auth_register_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterInRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthResponse"];
                };
            };
            /** @description The input is invalid: `detail` names the first field at fault, `errors` lists them all. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_auth_request_verify_token_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmailInRequest"];
            };
        };
        responses: {
            /** @description The JSON body `null`. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": never | null;
                };
            };
            /** @description The input is invalid: `detail` names the first field at fault, `errors` lists them all. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_auth_reset_password_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResetPasswordInRequest"];
            };
        };
        responses: {
            /** @description The JSON body `null`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": never | null;
                };
            };
            /** @description The input is invalid: `detail` names the first field at fault, `errors` lists them all. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_auth_verify_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenCheck"];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_auth_verify_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VerifyInRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserRead"];
                };
            };
            /** @description The input is invalid: `detail` names the first field at fault, `errors` lists them all. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_child_activities_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChildActivityCard"][];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_child_activities_complete_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                module_id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CompletionInRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LearningModuleCompletion"];
                };
            };
            /** @description The input is invalid: `detail` names the first field at fault, `errors` lists them all. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not one the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_child_assigned_modules_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChildAssignedModule"][];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_child_dashboard_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChildDashboard"];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_child_goals_list: {
        parameters: {
            query?: {
                /** @description At most this many, in the list's order. */
                limit?: number;
                status?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChildGoalCard"][];
                };
            };
            /** @description The input is invalid: `detail` names the first field at fault, `errors` lists them all. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_child_goals_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChildGoalCreateInRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChildGoalCreated"];
                };
            };
            /** @description The input is invalid: `detail` names the first field at fault, `errors` lists them all. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_child_goals_progress_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                goal_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AmountInRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChildGoalProgress"];
                };
            };
            /** @description The input is invalid: `detail` names the first field at fault, `errors` lists them all. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not one the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_child_invitations_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChildInvitation"][];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_child_invitations_accept_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                invitation_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationAnswered"];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not one the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_child_invitations_decline_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                invitation_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationAnswered"];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not one the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_child_me_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChildMe"];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_child_modules_content_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                module_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChildModuleContent"];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not one the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_child_modules_progress_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                module_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ModuleProgressInRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChildModuleProgressResult"];
                };
            };
            /** @description The input is invalid: `detail` names the first field at fault, `errors` lists them all. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not one the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_child_modules_quiz_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                module_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["QuizAnswersInRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChildQuizResult"];
                };
            };
            /** @description The input is invalid: `detail` names the first field at fault, `errors` lists them all. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not one the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_child_modules_start_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                module_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChildModuleContent"];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not one the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_child_stats_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChildStats"];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_child_transactions_list: {
        parameters: {
            query?: {
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LedgerLine"][];
                };
            };
            /** @description The input is invalid: `detail` names the first field at fault, `errors` lists them all. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_classes_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                class_id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ClassUpdateInRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Classroom"];
                };
            };
            /** @description The input is invalid: `detail` names the first field at fault, `errors` lists them all. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not one the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_classes_destroy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                class_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No response body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not one the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_classes_students_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                class_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClassroomStudentRead"][];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not one the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_classes_students_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                class_id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["AddStudentInRequest"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationSent"];
                };
            };
            /** @description The input is invalid: `detail` names the first field at fault, `errors` lists them all. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not one the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_classes_students_destroy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                class_id: string;
                student_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No response body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not one the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_classes_join_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["JoinInRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClassroomJoined"];
                };
            };
            /** @description The input is invalid: `detail` names the first field at fault, `errors` lists them all. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_dashboard_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The caller's own role (another is 403). */
                user_role: "older_child" | "parent" | "teacher" | "younger_child";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoleDashboard"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not one the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_goals_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                goal_id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["GoalUpdateInRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GoalRead"];
                };
            };
            /** @description The input is invalid: `detail` names the first field at fault, `errors` lists them all. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not one the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_goals_destroy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                goal_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No response body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not one the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_goals_amount_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                goal_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AmountInRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GoalRead"];
                };
            };
            /** @description The input is invalid: `detail` names the first field at fault, `errors` lists them all. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not one the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_goals_progress_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                goal_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AmountInRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GoalRead"];
                };
            };
            /** @description The input is invalid: `detail` names the first field at fault, `errors` lists them all. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not one the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_learning_modules_list: {
        parameters: {
            query?: {
                /**
                 * @description * `younger_child` - younger_child
                 *     * `older_child` - older_child
                 */
                age_group?: "younger_child" | "older_child";
                category?: string;
                created_by?: string;
                /**
                 * @description * `easy` - easy
                 *     * `medium` - medium
                 *     * `hard` - hard
                 */
                difficulty?: "easy" | "medium" | "hard";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LearningModule"][];
                };
            };
            /** @description The input is invalid: `detail` names the first field at fault, `errors` lists them all. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_learning_modules_complete_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                module_id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CompletionInRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LearningModuleCompletion"];
                };
            };
            /** @description The input is invalid: `detail` names the first field at fault, `errors` lists them all. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not one the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_parent_allowances_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Allowance"][];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_parent_allowances_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AllowanceRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Allowance"];
                };
            };
            /** @description The input is invalid: `detail` names the first field at fault, `errors` lists them all. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_parent_allowances_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                plan_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AllowanceRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Allowance"];
                };
            };
            /** @description The input is invalid: `detail` names the first field at fault, `errors` lists them all. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not one the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_parent_allowances_destroy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                plan_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No response body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not one the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_parent_children_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ParentChildCreateInRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChildCreated"];
                };
            };
            /** @description The input is invalid: `detail` names the first field at fault, `errors` lists them all. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_parent_children_data_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                child_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description All the child's data */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChildData"];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not one the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_parent_children_data_destroy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                child_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No response body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not one the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_parent_children_interest_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                child_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The child's interest setting, or `null` while none is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Interest"] | null;
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not one the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_parent_children_interest_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                child_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InterestRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Interest"];
                };
            };
            /** @description The input is invalid: `detail` names the first field at fault, `errors` lists them all. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not one the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_parent_children_interest_destroy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                child_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No response body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not one the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "api_parent_children_ledger.csv_retrieve": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                child_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The ledger as CSV */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not one the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_parent_children_progress_retrieve: {
        parameters: {
            query?: {
                timeframe?: string;
            };
            header?: never;
            path: {
                child_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChildProgress"];
                };
            };
            /** @description The input is invalid: `detail` names the first field at fault, `errors` lists them all. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not one the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_parent_children_streak_pause_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                child_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StreakPauseInRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StreakPause"];
                };
            };
            /** @description The input is invalid: `detail` names the first field at fault, `errors` lists them all. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not one the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_parent_children_streak_pause_destroy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                child_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StreakPause"];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not one the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_parent_children_goals_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FamilyGoal"][];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_parent_dashboard_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParentDashboard"];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_parent_recurring_chores_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecurringChore"][];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_parent_recurring_chores_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecurringChoreRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecurringChore"];
                };
            };
            /** @description The input is invalid: `detail` names the first field at fault, `errors` lists them all. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_parent_recurring_chores_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                plan_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecurringChoreRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecurringChore"];
                };
            };
            /** @description The input is invalid: `detail` names the first field at fault, `errors` lists them all. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not one the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_parent_recurring_chores_destroy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                plan_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No response body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not one the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_parent_redemptions_list: {
        parameters: {
            query?: {
                /** @description At most this many, in the list's order. */
                limit?: number;
                status?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RedemptionRead"][];
                };
            };
            /** @description The input is invalid: `detail` names the first field at fault, `errors` lists them all. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_parent_settings_update: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ParentSettingsInRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SettingsUpdated"];
                };
            };
            /** @description The input is invalid: `detail` names the first field at fault, `errors` lists them all. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_parent_tasks_list: {
        parameters: {
            query?: {
                child_id?: string;
                status?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskRead"][];
                };
            };
            /** @description The input is invalid: `detail` names the first field at fault, `errors` lists them all. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_parent_tasks_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ParentTaskCreateInRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskCreated"];
                };
            };
            /** @description The input is invalid: `detail` names the first field at fault, `errors` lists them all. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_parent_tasks_approve_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                task_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskApproved"];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not one the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_parents_redemption_requests_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                parent_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RedemptionRead"][];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not one the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_parents_tasks_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                parent_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskRead"][];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not one the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_parents_tasks_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                parent_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskCreateInRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskRead"];
                };
            };
            /** @description The input is invalid: `detail` names the first field at fault, `errors` lists them all. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not one the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_progress_goals_update_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                goal_id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ProgressGoalUpdateInRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DailyGoalTick"];
                };
            };
            /** @description The input is invalid: `detail` names the first field at fault, `errors` lists them all. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not one the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_progress_goals_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DailyGoal"][];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not one the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_redemption_requests_approve_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                request_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RedemptionRead"];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not one the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_redemption_requests_reject_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                request_id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["RejectInRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RedemptionRead"];
                };
            };
            /** @description The input is invalid: `detail` names the first field at fault, `errors` lists them all. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not one the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_shop_purchase_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PurchaseInRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PurchaseCreated"];
                };
            };
            /** @description The input is invalid: `detail` names the first field at fault, `errors` lists them all. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not one the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_shop_transactions_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransactionRead"][];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not one the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_shop_items_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShopCatalogueItem"][];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_shop_owned_items_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShopItemRead"][];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_shop_purchase_requests_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PurchaseRequestRead"][];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_shop_purchase_requests_approve_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                request_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PurchaseRequestRead"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not one the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_shop_purchase_requests_reject_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                request_id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["RejectInRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PurchaseRequestRead"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not one the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_status_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Status"];
                };
            };
        };
    };
    api_tasks_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskRead"][];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_tasks_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskCreateInRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskRead"];
                };
            };
            /** @description The input is invalid: `detail` names the first field at fault, `errors` lists them all. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_tasks_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                task_id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["TaskUpdateInRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskRead"];
                };
            };
            /** @description The input is invalid: `detail` names the first field at fault, `errors` lists them all. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not one the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_tasks_destroy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                task_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not one the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_tasks_reject_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                task_id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["RejectInRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskRead"];
                };
            };
            /** @description The input is invalid: `detail` names the first field at fault, `errors` lists them all. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not one the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_teacher_analytics_performance_retrieve: {
        parameters: {
            query?: {
                timeframe?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeacherAnalytics"];
                };
            };
            /** @description The input is invalid: `detail` names the first field at fault, `errors` lists them all. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    teacher_classes_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Classroom"][];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_teacher_classes_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClassCreateInRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeacherClassCreated"];
                };
            };
            /** @description The input is invalid: `detail` names the first field at fault, `errors` lists them all. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_teacher_classes_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                class_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeacherClassDetail"];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not one the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_teacher_classes_assigned_modules_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                class_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeacherClassAssignedModule"][];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not one the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "api_teacher_classes_progress.csv_retrieve": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                class_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Progress per student and module */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not one the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_teacher_classes_students_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                class_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeacherClassStudents"];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not one the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_teacher_classes_students_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                class_id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["AddStudentInRequest"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationSent"];
                };
            };
            /** @description The input is invalid: `detail` names the first field at fault, `errors` lists them all. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not one the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_teacher_dashboard_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeacherDashboard"];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_teacher_modules_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeacherModule"][];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_teacher_modules_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ModuleCreateInRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeacherModuleSaved"];
                };
            };
            /** @description The input is invalid: `detail` names the first field at fault, `errors` lists them all. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_teacher_modules_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                module_id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ModuleUpdateInRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeacherModuleSaved"];
                };
            };
            /** @description The input is invalid: `detail` names the first field at fault, `errors` lists them all. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not one the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_teacher_modules_destroy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                module_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No response body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not one the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_teacher_modules_assign_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                module_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignInRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeacherModuleAssigned"];
                };
            };
            /** @description The input is invalid: `detail` names the first field at fault, `errors` lists them all. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not one the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_teacher_profile_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeacherProfile"];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_teacher_students_modules_progress_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                module_id: string;
                student_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeacherStudentModuleProgress"];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not one the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_teacher_students_available_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeacherAvailableStudent"][];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_teachers_classes_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                teacher_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Classroom"][];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not one the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_teachers_classes_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                teacher_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClassCreateInRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Classroom"];
                };
            };
            /** @description The input is invalid: `detail` names the first field at fault, `errors` lists them all. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not one the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_teen_analytics_retrieve: {
        parameters: {
            query?: {
                timeframe?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeenAnalytics"];
                };
            };
            /** @description The input is invalid: `detail` names the first field at fault, `errors` lists them all. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_teen_budget_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeenBudget"];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_teen_budget_update: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["BudgetInRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeenBudgetUpdated"];
                };
            };
            /** @description The input is invalid: `detail` names the first field at fault, `errors` lists them all. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_teen_conversion_requests_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeenConversion"][];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_teen_conversion_requests_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TeenRedemptionCreateInRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeenConversionCreated"];
                };
            };
            /** @description The input is invalid: `detail` names the first field at fault, `errors` lists them all. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_teen_dashboard_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeenDashboard"];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_teen_explore_list: {
        parameters: {
            query?: {
                category?: string;
                difficulty?: string;
                /**
                 * @description * `short` - short
                 *     * `medium` - medium
                 *     * `long` - long
                 */
                duration?: "short" | "medium" | "long";
                search?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeenExploreModule"][];
                };
            };
            /** @description The input is invalid: `detail` names the first field at fault, `errors` lists them all. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_teen_goals_list: {
        parameters: {
            query?: {
                category?: string;
                status?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeenGoalCard"][];
                };
            };
            /** @description The input is invalid: `detail` names the first field at fault, `errors` lists them all. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_teen_goals_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TeenGoalCreateInRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeenGoalCreated"];
                };
            };
            /** @description The input is invalid: `detail` names the first field at fault, `errors` lists them all. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_test_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ping"];
                };
            };
        };
    };
    api_users_children_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                parent_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChildSummary"][];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not one the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_users_children_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                parent_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChildCreateInRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserRead"];
                };
            };
            /** @description The input is invalid: `detail` names the first field at fault, `errors` lists them all. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not one the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_users_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDetail"];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not one the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_users_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["UserUpdateInRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserRead"];
                };
            };
            /** @description The input is invalid: `detail` names the first field at fault, `errors` lists them all. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not one the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_users_destroy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No response body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not one the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_users_partial_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PatchedUserUpdateInRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserRead"];
                };
            };
            /** @description The input is invalid: `detail` names the first field at fault, `errors` lists them all. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not one the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_users_coins_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The balance in coins */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": number;
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not one the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_users_coins_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CoinsInRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": number;
                };
            };
            /** @description The input is invalid: `detail` names the first field at fault, `errors` lists them all. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not one the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_users_conversion_requests_list: {
        parameters: {
            query?: {
                /** @description At most this many, in the list's order. */
                limit?: number;
                status?: string;
            };
            header?: never;
            path: {
                user_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RedemptionRead"][];
                };
            };
            /** @description The input is invalid: `detail` names the first field at fault, `errors` lists them all. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not one the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_users_conversion_requests_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RedemptionCreateInRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RedemptionCreated"];
                };
            };
            /** @description The input is invalid: `detail` names the first field at fault, `errors` lists them all. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not one the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_users_goals_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GoalRead"][];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not one the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_users_goals_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GoalCreateInRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GoalRead"];
                };
            };
            /** @description The input is invalid: `detail` names the first field at fault, `errors` lists them all. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not one the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_users_goals_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                goal_id: string;
                user_id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["GoalUpdateInRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GoalRead"];
                };
            };
            /** @description The input is invalid: `detail` names the first field at fault, `errors` lists them all. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not one the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_users_goals_destroy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                goal_id: string;
                user_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No response body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not one the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_users_goals_contribute_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                goal_id: string;
                user_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AmountInRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GoalMoved"];
                };
            };
            /** @description The input is invalid: `detail` names the first field at fault, `errors` lists them all. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not one the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_users_goals_withdraw_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                goal_id: string;
                user_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AmountInRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GoalMoved"];
                };
            };
            /** @description The input is invalid: `detail` names the first field at fault, `errors` lists them all. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not one the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_users_transactions_retrieve: {
        parameters: {
            query?: {
                category?: string;
                end_date?: string;
                envelope?: boolean;
                limit?: number;
                offset?: number;
                start_date?: string;
                /**
                 * @description * `earn` - Earn
                 *     * `spend` - Spend
                 *     * `save` - Save
                 */
                type?: "earn" | "spend" | "save";
            };
            header?: never;
            path: {
                user_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The transactions, newest first; `{transactions, total_count, weekly_total, monthly_total}` with `?envelope=true`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransactionsAnswer"];
                };
            };
            /** @description The input is invalid: `detail` names the first field at fault, `errors` lists them all. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not one the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_users_transactions_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransactionCreateInRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransactionCreated"];
                };
            };
            /** @description The input is invalid: `detail` names the first field at fault, `errors` lists them all. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not one the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_users_children_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                child_id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ChildProfileUpdateInRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChildSummary"];
                };
            };
            /** @description The input is invalid: `detail` names the first field at fault, `errors` lists them all. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object, or not one the caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_users_me_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserRead"];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_users_me_update: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["UserUpdateInRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserRead"];
                };
            };
            /** @description The input is invalid: `detail` names the first field at fault, `errors` lists them all. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_users_me_destroy: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No response body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An error: `{"detail": str, "errors"?: {field: [str]}}` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    api_users_me_partial_update: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PatchedUserUpdateInRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserRead"];
                };
            };
            /** @description The input is invalid: `detail` names the first field at fault, `errors` lists them all. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, or the token is expired, revoked or malformed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    health_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthDown"];
                };
            };
        };
    };
}
