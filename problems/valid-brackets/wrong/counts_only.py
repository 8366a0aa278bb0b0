# Wrong: only counts each kind of bracket, so crossed pairs like "([)]" and a closer
# before its opener like ")(" are accepted.
def is_valid_brackets(s: str) -> bool:
    return (s.count("(") == s.count(")") and s.count("[") == s.count("]")
            and s.count("{") == s.count("}"))
