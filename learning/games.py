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


# The built-in achievements (seeded by a migration; criteria measures in learning.progression).
# code, title, description, icon, rarity, coin reward, measure, at least
ACHIEVEMENTS = [
    ("first-coin", "First Coin", "Earned your very first coin.", "ri-coin-line", "common", 0, "coins_earned", 1),
    ("hundred-earned", "Hard Worker", "Earned 100 coins in all.", "ri-medal-line", "uncommon", 5, "coins_earned", 100),
    ("first-goal", "Goal Getter", "Reached a savings goal.", "ri-flag-line", "uncommon", 10, "goals_completed", 1),
    ("saver-100", "Super Saver", "Saved 100 coins in your goals.", "ri-safe-line", "rare", 10, "coins_saved", 100),
    ("streak-7", "On Fire", "Learned or earned seven days in a row.", "ri-fire-line", "rare", 15, "streak_days", 7),
    ("first-module", "Bookworm", "Finished your first lesson module.", "ri-book-open-line", "common", 5,
     "modules_completed", 1),
    ("five-modules", "Money Scholar", "Finished five lesson modules.", "ri-graduation-cap-line", "epic", 25,
     "modules_completed", 5),
    ("quiz-ace", "Quiz Ace", "Answered every question of a quiz right.", "ri-star-line", "rare", 10, "quiz_aces", 1),
    ("first-game", "Game On", "Finished your first money game.", "ri-gamepad-line", "common", 0, "games_completed", 1),
    ("first-giving", "Kind Heart", "Gave coins to a good cause.", "ri-heart-line", "uncommon", 5, "gifts", 1),
]
