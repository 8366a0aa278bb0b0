# Wrong: a single pass that adds each account to the first group sharing an email with it;
# when a later account links two groups made earlier, they are never merged.
def accounts_merge(accounts: list[list[str]]) -> list[list[str]]:
    groups = []  # [name, set of emails]
    for name, *emails in accounts:
        for group in groups:
            if group[1] & set(emails):
                group[1].update(emails)
                break
        else:
            groups.append([name, set(emails)])
    return [[name] + sorted(emails) for name, emails in groups]
