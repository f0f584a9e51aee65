"""Factories shared by the tests and the demo site (manage.py load_demo)."""
