"""The application shell: start-up and translations, login and first-run wizard, the main window with its sidebar, and the README screenshots."""
