"""The problem model: specs and their checks, the catalogue, signatures, input shapes,
ListNode and TreeNode, stubs and scaffolds. What problem authors use; it grades nothing."""
