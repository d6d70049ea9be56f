"""The sandbox's Duoyungu account service (login, sessions, temporary COS keys, account data)."""
