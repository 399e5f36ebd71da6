using System.Text.RegularExpressions;

namespace ProcurementBaseline.SourceImport.Ismap;

/// <summary>
/// Titles for ISMAP criteria. The extraction names only the management criteria; other titles are built
/// from the row's own text, and never from ISO/IEC 27002, whose text ISMAP's English edition does not reproduce.
/// </summary>
public static partial class IsmapTitles
{
    private const int MaxLength = 100;

    /// <summary>
    /// Control objectives of chapters 14 and 15 with the JIS Q 27002:2014 titles and themes given in research
    /// note JP-05. The note tags them as recalled (INF), so each carries a completeness note saying so.
    /// </summary>
    public static IReadOnlyDictionary<string, (string English, string Japanese)> FromResearchNotes { get; } =
        new Dictionary<string, (string, string)>(StringComparer.Ordinal)
        {
            ["14.1.1"] = ("Security requirements in new systems and enhancements", "情報セキュリティ要求事項の分析及び仕様化"),
            ["14.1.2"] = ("Application services over public networks", "公衆ネットワーク上のアプリケーションサービスのセキュリティの考慮"),
            ["14.1.3"] = ("Transaction protection", "アプリケーションサービスのトランザクションの保護"),
            ["14.2.1"] = ("Secure development policy", "セキュリティに配慮した開発のための方針"),
            ["14.2.2"] = ("Change control", "システムの変更管理手順"),
            ["14.2.3"] = ("Review after platform change", "オペレーティングプラットフォーム変更後のアプリケーションの技術的レビュー"),
            ["14.2.4"] = ("Restrictions on changing packages", "パッケージソフトウェアの変更に対する制限"),
            ["14.2.5"] = ("Secure engineering principles", "セキュリティに配慮したシステム構築の原則"),
            ["14.2.6"] = ("Secure development environment", "セキュリティに配慮した開発環境"),
            ["14.2.7"] = ("Outsourced development", "外部委託による開発"),
            ["14.2.8"] = ("Security testing", "システムセキュリティの試験"),
            ["14.2.9"] = ("Acceptance testing", "システムの受入れ試験"),
            ["14.3.1"] = ("Test data", "試験データの保護"),
            ["15.1.1"] = ("Supplier security policy", "供給者関係のための情報セキュリティの方針"),
            ["15.1.2"] = ("Security in supplier agreements", "供給者との合意におけるセキュリティの取扱い"),
            ["15.1.3"] = ("ICT supply chain", "ICTサプライチェーン"),
            ["15.2.1"] = ("Monitoring suppliers", "供給者のサービス提供の監視及びレビュー"),
            ["15.2.2"] = ("Managing supplier changes", "供給者のサービス提供の変更に対する管理"),
        };

    public const string ResearchNoteJapaneseTitleNote =
        "The Japanese title is from research note JP-05: the JIS Q 27002:2014 control title as the note's author recalled it (tagged INF: not seen in a source). Verify it against 別表3 of the criteria.";

    public const string ResearchNoteTitleNote =
        "The titles are from research note JP-05: the Japanese one is the JIS Q 27002:2014 control title as the note's author recalled it " +
        "(tagged INF: not seen in a source), the English one the note's theme. Verify both against 別表3 of the criteria.";

    /// <summary>A title for a criterion from its name, or else from its text.</summary>
    public static string ForControl(IsmapRow row)
    {
        if (row.Name is { } name)
        {
            return name.TrimEnd('.');
        }

        if (row.Description is not { } text)
        {
            return $"Criterion {row.Id} (no text in the extraction)";
        }

        if (char.IsLower(text[0]))
        {
            return $"Criterion {row.Id} (its beginning is lost in the extraction)";
        }

        var pointer = Pointer().Match(text);
        if (pointer.Success && pointer.Groups["id"].Value == row.Id)
        {
            return Shorten($"Refers to {pointer.Groups["standard"].Value}: {pointer.Groups["part"].Value}");
        }

        var sentence = SentenceEnd().Match(text);
        return Shorten(sentence.Success ? text[..sentence.Index] : text);
    }

    /// <summary>Splits "Information transfer Control Objective: To maintain …" into a title and a description.</summary>
    public static (string Title, string? Description) ForSection(string text)
    {
        var at = text.IndexOf(" Control Objective:", StringComparison.Ordinal);
        return at < 0 ? (text, null) : (text[..at], text[(at + 1)..]);
    }

    private static string Shorten(string text) => text.Length <= MaxLength ? text : $"{text[..(MaxLength - 1)].TrimEnd()}…";

    [GeneratedRegex(@"^(?<id>\S+) corresponds to (?<part>.+) in (?<standard>ISO/IEC 270\d\d:\d{4})\.?$")]
    private static partial Regex Pointer();

    [GeneratedRegex(@"[.;:](\s|$)|\s\[|\s・")]
    private static partial Regex SentenceEnd();
}
