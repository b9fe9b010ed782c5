namespace LKvitai.Application.Common.Interfaces;

public interface IPasswordHashing
{
    string Hash(string password);

    bool Verify(string hash, string password);
}
