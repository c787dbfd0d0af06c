"""The starter shop catalogue: what children and teens can spend coins on.

Categories match the app's shop tabs: children stickers, toys, art, books; teens digital,
education, experiences, tech (teen items carry a Tailwind gradient for their card).
"""

from economy.models import Audience, ShopItem

CHILD_ITEMS = [
    ("Rainbow Sticker Pack", "Ten shiny rainbow stickers", 15, "stickers", "🌈"),
    ("Animal Sticker Set", "Cute animals for your notebook", 20, "stickers", "🐼"),
    ("Glow-in-the-Dark Stars", "Stars that glow on your ceiling", 30, "stickers", "⭐"),
    ("Space Sticker Sheet", "Rockets, planets and astronauts", 25, "stickers", "🚀"),
    ("Bouncy Ball", "A super bouncy ball", 25, "toys", "🏀"),
    ("Toy Car", "A fast little racing car", 60, "toys", "🚗"),
    ("Building Blocks Set", "Build anything you imagine", 120, "toys", "🧱"),
    ("Puzzle (100 pieces)", "A colourful jigsaw puzzle", 80, "toys", "🧩"),
    ("Crayon Box", "24 bright crayons", 35, "art", "🖍️"),
    ("Sketchbook", "Paper for your drawings", 40, "art", "📓"),
    ("Paint Set", "Watercolours with a brush", 70, "art", "🎨"),
    ("Picture Book", "A story to read with family", 50, "books", "📖"),
    ("Comic Book", "A fun adventure comic", 45, "books", "📚"),
    ("Money Stories Book", "Stories about saving and sharing", 55, "books", "💰"),
]

TEEN_ITEMS = [
    ("Music Streaming Month", "One month of ad-free music", 150, "digital", "🎧", "from-purple-500 to-pink-500"),
    ("Game Credits", "Credits for a game you play", 200, "digital", "🎮", "from-blue-500 to-indigo-600"),
    ("E-book of Your Choice", "Any e-book up to a set price", 120, "digital", "📱", "from-cyan-500 to-blue-500"),
    ("Online Coding Course", "Learn to build your own app", 300, "education", "💻", "from-green-500 to-emerald-600"),
    ("Language App Premium", "A month of premium lessons", 180, "education", "🗣️", "from-yellow-500 to-orange-500"),
    ("Investing Basics Workbook", "Learn how saving grows", 100, "education", "📈", "from-teal-500 to-green-500"),
    ("Movie Night", "Cinema ticket with a friend", 250, "experiences", "🎬", "from-red-500 to-pink-600"),
    ("Climbing Session", "An afternoon at the climbing wall", 350, "experiences", "🧗", "from-orange-500 to-red-500"),
    ("Concert Ticket Fund", "Put coins toward a concert", 500, "experiences", "🎤", "from-fuchsia-500 to-purple-600"),
    ("Phone Case", "A case in your favourite colour", 220, "tech", "📲", "from-slate-500 to-gray-700"),
    ("Wireless Earbuds Fund", "Save toward earbuds", 600, "tech", "🎵", "from-indigo-500 to-purple-600"),
    ("Portable Charger", "Never run out of battery", 400, "tech", "🔋", "from-lime-500 to-green-600"),
    ("Smart Notebook", "A reusable notebook that scans", 450, "tech", "📝", "from-sky-500 to-cyan-600"),
]


def catalogue_load() -> tuple[int, int]:
    """Create missing catalogue items (matched by audience and name). Returns (created, existing)."""
    created = existing = 0
    rows = [(Audience.CHILD, name, desc, price, cat, emoji, None) for name, desc, price, cat, emoji in CHILD_ITEMS]
    rows += [(Audience.TEEN, *row) for row in TEEN_ITEMS]
    for audience, name, description, price, category, emoji, bg_color in rows:
        _, was_created = ShopItem.objects.get_or_create(
            audience=audience, name=name,
            defaults={"description": description, "price": price, "category": category, "emoji": emoji,
                      "bg_color": bg_color},
        )
        created += int(was_created)
        existing += int(not was_created)
    return created, existing
