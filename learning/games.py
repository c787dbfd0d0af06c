"""The six built-in games, as plain data (the data migration and the test fixtures both load it).

Their integer ids are hard-coded in the app (views/child/games/*.vue): never renumber them.
Columns: id, title, description, emoji, difficulty, coins, color_scheme, button_text, path.
"""

ACTIVITIES = [
    (1, "Piggy Bank Adventure", "Help Penny the pig save coins for something special.", "🐷", "easy", 10, "pink",
     "Start Saving!", "/child/games/piggy-bank-adventure"),
    (2, "Needs vs Wants Game", "Sort things into what you need and what you want.", "🤔", "easy", 15, "blue",
     "Let's Sort!", "/child/games/needs-vs-wants"),
    (3, "Coin Counting Challenge", "Count coins quickly and correctly to win.", "🪙", "medium", 20, "yellow",
     "Count Coins!", "/child/games/coin-counting-challenge"),
    (4, "Budget Builder", "Plan a party on a budget without running out of money.", "📊", "medium", 25, "green",
     "Build Budget!", "/child/games/budget-builder"),
    (5, "Shopping Smart", "Compare prices and find the best deal.", "🛒", "hard", 30, "purple",
     "Shop Smart!", "/child/games/shopping-smart"),
    (6, "Goal Setting Quest", "Set a savings goal and plan the steps to reach it.", "🎯", "hard", 35, "orange",
     "Start Quest!", "/child/games/goal-setting-quest"),
]


def activities_ensure() -> int:
    """Create or refresh the six games; returns how many there are."""
    from learning.models import Activity

    for pk, title, description, emoji, difficulty, coins, color, button, path in ACTIVITIES:
        Activity.objects.update_or_create(pk=pk, defaults={
            "title": title, "description": description, "emoji": emoji, "difficulty": difficulty, "coins": coins,
            "color_scheme": color, "button_text": button, "path": path})
    return len(ACTIVITIES)
