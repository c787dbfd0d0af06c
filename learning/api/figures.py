"""The learning figures several screens show: level and XP progress, the streak."""

from accounts.models import ChildProfile, User
from accounts.services import DEFAULT_CHILD_AGE
from learning.progression import current_streak, level_for, streak_paused, xp_for_level


def child_profile(child: User) -> ChildProfile:
    """The child's profile: usually already loaded with the signed-in user (no query). An account
    made without one (by an operator, say) reads as a new profile would, and nothing is written."""
    if User.child_profile.is_cached(child) and child.child_profile is not None:
        return child.child_profile
    profile = ChildProfile.objects.filter(user=child).first()
    return profile or ChildProfile(user=child, age=DEFAULT_CHILD_AGE.get(child.role))


def progress_of(profile: ChildProfile) -> dict:
    """Level, XP and how far to the next level, for the progress bars; the streak, and whether the
    parent paused it for a holiday (until when)."""
    level = level_for(profile.xp)
    floor, ceiling = xp_for_level(level), xp_for_level(level + 1)
    paused = streak_paused(profile)
    return {"level": level, "xp": profile.xp, "xp_for_next_level": ceiling,
            "level_progress": round((profile.xp - floor) / (ceiling - floor) * 100, 1),
            "streak_days": current_streak(profile), "streak_paused": paused,
            "streak_paused_until": profile.streak_paused_until if paused else None}

