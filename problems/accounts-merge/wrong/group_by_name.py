# Wrong: treats accounts with the same name as the same person, but different people may
# share a name; they are merged although no email links them.
def accounts_merge(accounts: list[list[str]]) -> list[list[str]]:
    by_name = {}
    for name, *emails in accounts:
        by_name.setdefault(name, set()).update(emails)
    return [[name] + sorted(emails) for name, emails in by_name.items()]
