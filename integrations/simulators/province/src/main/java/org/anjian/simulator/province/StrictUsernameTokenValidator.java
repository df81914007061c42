package org.anjian.simulator.province;

import org.apache.wss4j.common.ext.WSSecurityException;
import org.apache.wss4j.dom.handler.RequestData;
import org.apache.wss4j.dom.message.token.UsernameToken;
import org.apache.wss4j.dom.validate.Credential;
import org.apache.wss4j.dom.validate.UsernameTokenValidator;

/** The contract requires PasswordDigest with both Nonce and Created; WSS4J alone accepts either missing. */
final class StrictUsernameTokenValidator extends UsernameTokenValidator {
    @Override
    public Credential validate(Credential credential, RequestData data) throws WSSecurityException {
        UsernameToken ut = credential == null ? null : credential.getUsernametoken();
        if (ut == null || !ut.isHashed() || ut.getNonce() == null || ut.getCreated() == null) {
            throw new WSSecurityException(WSSecurityException.ErrorCode.FAILED_AUTHENTICATION);
        }
        return super.validate(credential, data);
    }
}
