namespace LKvitai.Domain.Ledger;

/// <summary>Why stock moved. Stored as text in the ledger.</summary>
public enum MovementType
{
    Receipt,
    Transfer,
    Pick,
    Scrap,
    Adjustment,
    Return,
    Count,
}
