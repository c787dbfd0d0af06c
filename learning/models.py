"""Activities, learning modules, quizzes and progress (built out by the learning issue)."""
