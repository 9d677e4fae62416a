using System.Data.Common;

namespace ConfBot.Storage.Sql;

/// <summary>Builds parameterised commands the same way for both providers.</summary>
internal static class SqlCommands
{
    public static DbCommand Command(this DbConnection connection, string sql, DbTransaction? transaction = null)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    public static DbCommand With(this DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
        return command;
    }

    /// <summary>Adds parameters <c>{prefix}0</c>, <c>{prefix}1</c>, … for <paramref name="values"/> and returns their names.</summary>
    public static IReadOnlyList<string> WithEach(this DbCommand command, string prefix, IEnumerable<string> values)
    {
        var names = new List<string>();
        foreach (var value in values)
        {
            var name = $"{prefix}{names.Count}";
            command.With(name, value);
            names.Add(name);
        }
        return names;
    }

    /// <summary>Batches kept well under SQLite's and PostgreSQL's parameter limits.</summary>
    public static IEnumerable<string[]> InBatches(this IEnumerable<string> values) => values.Distinct(StringComparer.Ordinal).Chunk(500);
}
