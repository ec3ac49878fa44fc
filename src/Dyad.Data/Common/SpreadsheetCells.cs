namespace Dyad.Data.Common;

/// <summary>
/// A text cell a spreadsheet would run as a formula (OWASP's CSV injection) is written with a leading quote, and read
/// back without it, so exported files open safely and import again unchanged.
/// </summary>
public static class SpreadsheetCells
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    private const char FormulaGuard = '\'';

    public static string Guard(string cell) => cell.Length > 0 && FormulaStarts.Contains(cell[0]) ? FormulaGuard + cell : cell;

    public static string Unguard(string cell) => cell.Length > 1 && cell[0] == FormulaGuard && FormulaStarts.Contains(cell[1]) ? cell[1..] : cell;
}
