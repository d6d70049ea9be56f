"""Window flows: multi-step user interactions (worker checks, prompts, then engine calls) kept
out of main_window.py, each in its own small module."""
